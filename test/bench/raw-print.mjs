// The reference of `npm run bench`: a raw Chromium print of an HTML file, with nothing of vdr's but
// its way of starting Chromium (the same flags, headless, network shut): launch, load the file,
// one tagged page.pdf with the PDF stage's options, close. The bench runs it in its own process
// and, as a whole process, from the command line:
//   node --v8-pool-size=1 test/bench/raw-print.mjs report.html out.pdf
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../../dist/print/browser.js';

/** Prints `file` once; writes the PDF to `out` when given. */
export async function rawPrint(file, out) {
  const browser = await launchBrowser({ offline: true });
  try {
    const page = await browser.browser.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 300_000 });
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: true, timeout: 300_000 });
    if (out) writeFileSync(out, pdf);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [file, out] = process.argv.slice(2);
  if (!file || !out) throw new Error('usage: raw-print.mjs report.html out.pdf');
  await rawPrint(file, out);
}
