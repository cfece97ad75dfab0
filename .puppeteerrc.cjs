// Browsers are never downloaded: vdr prints with Debian's chromium (see pipeline/print/browser.ts).
module.exports = { skipDownload: true };
