#!/usr/bin/env bash
# Installs code-server (VS Code served to a browser) into .cache/code-server, offline: npm registry
# and Debian packages only. Idempotent. Needs Debian packages: python3 make g++ libkrb5-dev ripgrep.
# Steps follow the team's notes on running VS Code offline; each one says why it is needed.
set -euo pipefail
VERSION="${CODE_SERVER_VERSION:-4.100.3}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="$ROOT/.cache/code-server/$VERSION"
MARKER="$DIR/.installed"
[ -f "$MARKER" ] && { echo "code-server $VERSION already installed in $DIR"; exit 0; }
for tool in python3 make g++ rg; do command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y python3 make g++ ripgrep libkrb5-dev" >&2; exit 1; }; done
mkdir -p "$DIR" && cd "$DIR"
[ -f package.json ] || echo '{"private":true}' > package.json
echo "== code-server $VERSION (install scripts off: they would download binaries)"
npm install --no-audit --no-fund --ignore-scripts "code-server@$VERSION" >/dev/null
CS="$DIR/node_modules/code-server"
echo "== VS Code's own dependencies"
(cd "$CS/lib/vscode" && npm install --no-audit --no-fund --omit=dev --ignore-scripts >/dev/null)
echo "== native modules, built against the local Node headers"
(cd "$CS/lib/vscode" && for pkg in kerberos @vscode/spdlog native-watchdog node-pty @vscode/deviceid @vscode/windows-registry @vscode/windows-process-tree; do
  [ -d "node_modules/$pkg" ] && npm rebuild "$pkg" --ignore-scripts=false >/dev/null 2>&1 || echo "   (skipped $pkg)"
done)
echo "== ripgrep from Debian in place of the downloaded one"
mkdir -p "$CS/lib/vscode/node_modules/@vscode/ripgrep/bin" && cp "$(command -v rg)" "$CS/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
echo "== links that the package's postinstall would make"
ln -sfn node_modules "$CS/lib/vscode/node_modules.asar"
[ -e "$CS/lib/vscode/bin/remote-cli/code-linux.sh" ] && ln -sfn code-linux.sh "$CS/lib/vscode/bin/remote-cli/code-server" || true
[ -e "$CS/lib/vscode/bin/helpers/browser-linux.sh" ] && ln -sfn browser-linux.sh "$CS/lib/vscode/bin/helpers/browser.sh" || true
echo "== built-in extensions' dependencies"
(cd "$CS/lib/vscode/extensions" && npm install --no-audit --no-fund --omit=dev --ignore-scripts >/dev/null)
echo "== argon2 from source (code-server loads it at start)"
(cd "$DIR" && npm_config_build_from_source=true npm rebuild argon2 --ignore-scripts=false >/dev/null)
node -e "require('$DIR/node_modules/argon2')" || { echo "argon2 did not build" >&2; exit 1; }
touch "$MARKER"
echo "code-server $VERSION installed in $DIR"
