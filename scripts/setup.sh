#!/usr/bin/env bash
# Installs everything vdr needs on Debian and builds the sample edition.
#   bash scripts/setup.sh
# Debian packages (only those missing): chromium (prints the PDF), poppler-utils and qpdf (check
# it), a Java runtime (the Nu Html Checker), weasyprint (which `npm run bench` compares vdr with).
# npm packages from package-lock.json; puppeteer's own browser download is skipped
# (.puppeteerrc.cjs). pagedjs-cli, the benchmark's other printer, goes to test/bench/tools/ from
# its own lock file, apart from vdr's packages.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
command -v weasyprint >/dev/null 2>&1 || need+=(weasyprint)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "vdr setup: installing Debian packages: ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "vdr setup: please install these Debian packages first: ${need[*]}" >&2
    echo "  sudo apt-get install -y ${need[*]}" >&2
    exit 3
  fi
fi

echo "vdr setup: installing npm packages"
PUPPETEER_SKIP_DOWNLOAD=true npm ci --no-audit --no-fund --loglevel=error
echo "vdr setup: installing the benchmark's other printer (pagedjs-cli) in test/bench/tools"
(cd test/bench/tools && PUPPETEER_SKIP_DOWNLOAD=true npm ci --no-audit --no-fund --loglevel=error)

echo "vdr setup: building the sample edition"
npx vdr build
