#!/usr/bin/env bash
# End-to-end tests of the built extension in real headless browsers:
# Chromium (Debian /usr/bin/chromium via playwright-core) and Firefox ESR (geckodriver + selenium).
# Fixture pages are served from 127.0.0.1. Screenshots and timings go to e2e/artifacts/.
#
#   scripts/e2e.sh                 # both browsers (builds first if dist/ is missing)
#   scripts/e2e.sh chromium        # one browser
#   E2E_BUILD=1 scripts/e2e.sh     # force a fresh build first
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

if [ -n "${E2E_BUILD:-}" ] || [ ! -f dist/chromium/manifest.json ] || [ ! -f dist/firefox/manifest.json ]; then
  scripts/build.sh
fi

browsers=("$@")
[ ${#browsers[@]} -gt 0 ] || browsers=(chromium firefox)
rm -rf e2e/artifacts
mkdir -p e2e/artifacts

status=0
start=$(date +%s)
printf '\n==> unit tests of the extension logic (Node)\n'
node --test --test-reporter=spec e2e/unit/ || status=1
for b in "${browsers[@]}"; do
  printf '\n==> e2e: %s\n' "$b"
  # One browser at a time: this machine has 2 cores and the timings should not compete.
  node --test --test-reporter=spec --test-concurrency=1 "e2e/$b.test.mjs" || status=1
done

printf '\n==> measured (not asserted)\n'
node -e '
  const fs = require("fs");
  for (const b of process.argv.slice(1)) {
    const f = `e2e/artifacts/timings-${b}.json`;
    if (!fs.existsSync(f)) { console.log(`${b}: no timings`); continue; }
    const r = JSON.parse(fs.readFileSync(f, "utf8"));
    const runs = r.timings.map((t) => t.painted);
    const sorted = [...runs].sort((a, b) => a - b);
    console.log(`${b} ${r.version}: ~${Math.round((r.bigPolicyBytes ?? 0) / 1024)} KB policy, popup open -> findings painted: ` +
      `${runs.map((x) => x + " ms").join(", ")} (median ${sorted[Math.floor(sorted.length / 2)]} ms)` +
      (r.timings[0] ? `; first run: engine ready ${r.timings[0].engineReady} ms, page read ${r.timings[0].pageRead} ms, analysed ${r.timings[0].analysed} ms, rendered ${r.timings[0].rendered} ms` : "") +
      `; badge "${r.badge ?? "-"}"`);
    if (r.toolbarPopupTimings) {
      const rt = r.toolbarPopupTimings.map((t) => t.painted);
      const rs = [...rt].sort((a, b) => a - b);
      console.log(`${b} real toolbar popup (tab in front): ${rt.map((x) => x + " ms").join(", ")} (median ${rs[Math.floor(rs.length / 2)]} ms)`);
    }
  }' "${browsers[@]}"
if [ -f pkg/sharewatch_bg.wasm ]; then
  printf 'wasm: %s bytes, %s bytes gzipped\n' "$(stat -c %s pkg/sharewatch_bg.wasm)" "$(gzip -9 -c pkg/sharewatch_bg.wasm | wc -c)"
fi
echo "screenshots: $(ls e2e/artifacts/*.png 2>/dev/null | wc -l) in e2e/artifacts/"
echo "e2e total: $(( $(date +%s) - start )) s"
exit $status
