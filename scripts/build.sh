#!/usr/bin/env bash
# Builds the ShareWatch CLI, the wasm engine (pkg/) and both browser extensions (dist/).
#
#   scripts/build.sh            # everything
#   SKIP_CLI=1 scripts/build.sh # skip the native CLI build
#   scripts/build.sh --assemble-only   # only re-assemble dist/ from extension/ + existing pkg/
#
# Outputs:
#   target/release/sharewatch          native CLI
#   pkg/sharewatch.js, pkg/sharewatch_bg.wasm   wasm-bindgen --target web output, wasm-opt'd
#   dist/chromium/, dist/firefox/      unpacked extensions (Load unpacked / about:debugging)
#   dist/sharewatch-chromium.zip, dist/sharewatch-firefox.zip
# Needs what scripts/setup.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }
die() { printf 'build: %s\n' "$*" >&2; exit 1; }

ASSEMBLE_ONLY=""
[ "${1:-}" = "--assemble-only" ] && ASSEMBLE_ONLY=1

if [ -z "$ASSEMBLE_ONLY" ]; then
# --- versions must agree: wasm-bindgen-cli == wasm-bindgen crate in Cargo.lock ---------------
LOCK_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock 2>/dev/null || true)
[ -n "$LOCK_VERSION" ] || die "wasm-bindgen not found in Cargo.lock (run 'cargo generate-lockfile'?)"
command -v wasm-bindgen >/dev/null || die "wasm-bindgen not installed; run scripts/setup.sh"
CLI_VERSION=$(wasm-bindgen --version | awk '{print $2}')
[ "$CLI_VERSION" = "$LOCK_VERSION" ] || die "wasm-bindgen-cli $CLI_VERSION != wasm-bindgen $LOCK_VERSION in Cargo.lock; run scripts/setup.sh"
WASM_OPT="$ROOT/node_modules/.bin/wasm-opt"   # npm binaryen; Debian's binaryen 108 breaks the module
[ -x "$WASM_OPT" ] || die "node_modules/.bin/wasm-opt missing; run 'npm ci' (scripts/setup.sh)"

if [ -z "${SKIP_CLI:-}" ]; then
  step "cargo build --release (CLI)"
  cargo build --release
fi

step "cargo build --lib --release --target wasm32-unknown-unknown"
cargo build --lib --release --target wasm32-unknown-unknown
TARGET_DIR=$(cargo metadata --format-version 1 --no-deps | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')
WASM_IN="$TARGET_DIR/wasm32-unknown-unknown/release/sharewatch.wasm"
[ -f "$WASM_IN" ] || die "$WASM_IN not produced"

step "wasm-bindgen $CLI_VERSION --target web"
rm -rf pkg
wasm-bindgen "$WASM_IN" --target web --out-dir pkg --out-name sharewatch --no-typescript
RAW_BYTES=$(stat -c %s pkg/sharewatch_bg.wasm)

step "wasm-opt -O3 ($("$WASM_OPT" --version))"
"$WASM_OPT" -O3 pkg/sharewatch_bg.wasm -o pkg/sharewatch_bg.opt.wasm
mv pkg/sharewatch_bg.opt.wasm pkg/sharewatch_bg.wasm
OPT_BYTES=$(stat -c %s pkg/sharewatch_bg.wasm)
GZ_BYTES=$(gzip -9 -c pkg/sharewatch_bg.wasm | wc -c)
printf 'wasm: %s bytes after wasm-bindgen, %s bytes after wasm-opt, %s bytes gzipped\n' "$RAW_BYTES" "$OPT_BYTES" "$GZ_BYTES"
fi
[ -f pkg/sharewatch.js ] && [ -f pkg/sharewatch_bg.wasm ] || die "pkg/ is missing; run a full build"

VERSION=$(cargo metadata --format-version 1 --no-deps | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).packages.find(p=>p.name==="sharewatch").version))')
VERSION=${VERSION%%-*}   # manifests accept only dotted numbers

step "assemble dist/ (version $VERSION)"
rm -rf dist
for browser in chromium firefox; do
  out="dist/$browser"
  mkdir -p "$out/pkg"
  # Everything under extension/ except the manifest sources and build tools.
  (cd extension && find . -type f ! -name 'manifest.*.json' ! -path './tools/*' -print0) |
    while IFS= read -r -d '' f; do mkdir -p "$out/$(dirname "$f")"; cp "extension/$f" "$out/$f"; done
  cp pkg/sharewatch.js pkg/sharewatch_bg.wasm "$out/pkg/"
  node extension/tools/merge-manifest.mjs extension/manifest.base.json "extension/manifest.$browser.json" \
    "$out/manifest.json" --version "$VERSION"
  rm -f "dist/sharewatch-$browser.zip"
  (cd "$out" && zip -q -X -r "../sharewatch-$browser.zip" .)
done

step "web-ext lint dist/firefox"
LINT_JSON=$(npx --no-install web-ext lint --source-dir dist/firefox --output json --no-config-discovery 2>/dev/null || true)
echo "$LINT_JSON" | node -e '
  let s = ""; process.stdin.on("data", d => s += d).on("end", () => {
    const r = JSON.parse(s.slice(s.indexOf("{")));
    const c = r.count ?? {};
    console.log(`web-ext lint: ${r.summary.errors} errors, ${r.summary.warnings} warnings, ${r.summary.notices} notices`);
    for (const m of [...r.errors, ...r.warnings]) console.log(`  ${m._type}: ${m.code}: ${m.message} ${m.file ?? ""}`);
    process.exit(r.summary.errors > 0 ? 1 : 0);
  });' || die "web-ext lint reported errors"

step "done"
ls -l dist/*.zip
