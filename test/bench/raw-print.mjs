// The reference of `npm run bench`: a raw Chromium print of an HTML file, as a whole process, with
// nothing of vdr's but its way of starting Chromium (the same flags, headless, network shut):
// launch, load the file, one tagged page.pdf with the PDF stage's options, close.
//   node --v8-pool-size=1 test/bench/raw-print.mjs report.html out.pdf
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../../dist/print/browser.js';

const [file, out] = process.argv.slice(2);
if (!file || !out) throw new Error('usage: raw-print.mjs report.html out.pdf');
const browser = await launchBrowser({ offline: true });
try {
  const page = await browser.browser.newPage();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 300_000 });
  writeFileSync(out, await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, timeout: 300_000 }));
} finally {
  await browser.close();
}
