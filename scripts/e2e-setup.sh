#!/usr/bin/env bash
# Installs what `npm run test:e2e` needs, offline-safe (only Debian's packages and the npm registry):
#   - Debian: Chromium (the browser playwright-core drives), CJK fonts (readable screenshots),
#     Neovim (the second real LSP client), ripgrep, libkrb5-dev and a C++ toolchain (code-server's
#     native modules are built from source, offline, against the installed Node's headers);
#   - code-server, pinned, in the git-ignored .vscode-test/code-server/ so the .vsix never ships it.
# Each step is skipped when what it installs is already there, so re-running it costs a second.
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.100.3
CODE_SERVER_DIR=.vscode-test/code-server
DEBIAN_PACKAGES=(chromium fonts-noto-cjk neovim libkrb5-dev ripgrep g++ make python3)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "e2e-setup: installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

installed_version() {
  node -p "require('./$CODE_SERVER_DIR/node_modules/code-server/package.json').version" 2>/dev/null || true
}
# Complete when both install scripts have left their marks (VS Code's modules, argon2's binding).
installed() {
  [ "$(installed_version)" = "$CODE_SERVER_VERSION" ] &&
    [ -e "$CODE_SERVER_DIR/node_modules/code-server/lib/vscode/node_modules.asar" ] &&
    compgen -G "$CODE_SERVER_DIR/node_modules/argon2/lib/binding/*/argon2.node" > /dev/null
}
if installed; then
  exit 0
fi

echo "e2e-setup: installing code-server@$CODE_SERVER_VERSION into $CODE_SERVER_DIR"
mkdir -p "$CODE_SERVER_DIR"
# Its own package.json keeps code-server out of the extension's dependency tree. Both install
# scripts must run: code-server's installs VS Code's own modules, and code-server loads argon2's
# native binding at start (its prebuilt download fails offline, then it builds from source).
cat > "$CODE_SERVER_DIR/package.json" <<EOF
{
  "name": "callscript-e2e-code-server",
  "private": true,
  "description": "code-server for the end-to-end tests; installed by scripts/e2e-setup.sh, never shipped.",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server@$CODE_SERVER_VERSION": true, "argon2": true }
}
EOF

# @vscode/ripgrep (inside code-server) downloads rg from GitHub in its postinstall unless the
# archive is already in its cache: seed the cache with Debian's rg.
rg_cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
rg_archive="$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$rg_archive" ]; then
  mkdir -p "$rg_cache"
  rg_tmp="$(mktemp -d)"
  cp "$(command -v rg)" "$rg_tmp/rg"
  tar czf "$rg_archive" -C "$rg_tmp" rg
  rm -rf "$rg_tmp"
fi

# code-server's postinstall refuses root unless unsafe-perm is set, and node-pty runs `npx node-gyp`;
# node-gyp would download Node's headers unless pointed at the ones installed with Node.
nodedir="$(node -p 'process.config.variables.node_prefix')"
[ -f "$nodedir/include/node/node_api.h" ] && export npm_config_nodedir="$nodedir"
(cd "$CODE_SERVER_DIR" && npm_config_yes=true npm_config_unsafe_perm=true \
  npm install --no-audit --no-fund --no-package-lock --loglevel=error)

if ! installed; then
  echo "e2e-setup: code-server@$CODE_SERVER_VERSION did not install completely into $CODE_SERVER_DIR" >&2
  exit 1
fi
