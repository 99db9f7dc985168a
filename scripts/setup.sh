#!/usr/bin/env bash
# Installs everything needed to build and end-to-end test ShareWatch on Debian (12+), idempotently:
#   apt: chromium chromium-driver firefox-esr zip (+ nodejs/npm if Node is missing)
#   rustup target wasm32-unknown-unknown
#   wasm-bindgen-cli pinned to the wasm-bindgen version in Cargo.lock (skipped if already installed)
#   geckodriver (cargo install --locked; skipped if present)
#   npm ci  (playwright-core, selenium-webdriver, web-ext, binaryen's wasm-opt)
# Safe to re-run; each step checks first. Set SKIP_APT=1 to skip the apt step.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }
die() { printf 'setup: %s\n' "$*" >&2; exit 1; }
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# --- apt -------------------------------------------------------------------------------------
if [ -z "${SKIP_APT:-}" ]; then
  wanted=(chromium chromium-driver firefox-esr zip ca-certificates)
  command -v node >/dev/null || wanted+=(nodejs npm)
  missing=()
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    step "apt-get install ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    step "apt packages already installed"
  fi
fi
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
[ "$NODE_MAJOR" -ge 20 ] || die "Node.js >= 20 is required (found $(node --version 2>/dev/null || echo none)). Debian 12's nodejs is 18: install Node 20+ (e.g. from NodeSource or nvm) and re-run."

# --- Rust ------------------------------------------------------------------------------------
command -v cargo >/dev/null || die "Rust is not installed: see https://rustup.rs (then re-run)"
if command -v rustup >/dev/null; then
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "wasm32-unknown-unknown target already installed"
  else
    step "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
else
  rustc --print target-list >/dev/null
  echo "setup: no rustup; make sure the wasm32-unknown-unknown standard library is installed" >&2
fi

# --- wasm-bindgen-cli == the wasm-bindgen crate in Cargo.lock ------------------------------------
[ -f Cargo.lock ] || cargo generate-lockfile
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
[ -n "$WB_VERSION" ] || die "could not find the wasm-bindgen version in Cargo.lock"
HAVE=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$HAVE" = "$WB_VERSION" ]; then
  step "wasm-bindgen-cli $WB_VERSION already installed"
else
  step "cargo install wasm-bindgen-cli $WB_VERSION (have: ${HAVE:-none})"
  # --locked can fail when the registry lacks one locked dependency version; retry unlocked.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --locked --force ||
    cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

# --- geckodriver -----------------------------------------------------------------------------
if command -v geckodriver >/dev/null; then
  step "geckodriver already installed ($(geckodriver --version | head -1))"
else
  step "cargo install geckodriver --locked"
  cargo install geckodriver --locked
fi

# --- npm -------------------------------------------------------------------------------------
if [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  step "node_modules up to date"
else
  step "npm ci"
  npm ci --no-audit --no-fund
fi

step "setup done"
