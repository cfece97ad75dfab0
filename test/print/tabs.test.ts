/**
 * Prints in one browser reuse its tabs (pdf.ts): a document written into a tab that printed
 * another gives the same PDF, byte for byte, as one loaded into a tab of its own, and what it
 * asks of the network is refused and reported for it alone.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Target } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchAhead, printPdf, type Launcher, type PrintOptions } from '../../pipeline/print/pdf.js';

const options = (title: string): PrintOptions => ({
  metadata: { title, author: 'vdr', subject: 'test', keywords: [], language: 'en', producer: 'vdr', creator: 'vdr', date: new Date(0) },
  layout: { pageNumber: 'Page {page} of {pages}', continuous: true },
});

const page = (title: string, body: string): string =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>body{font-family:sans-serif} td{padding:2pt}</style></head>` +
  `<body><main><h1>${title}</h1>${body}</main></body></html>`;

const table = page(
  'Figures',
  '<table><caption>Seizures</caption><thead><tr><th scope="col">Indicator</th><th scope="col">2014</th><th scope="col">2021</th></tr></thead>' +
    '<tbody><tr><th scope="row">Heroin seized</th><td><a href="#s1">3,689.1</a></td><td><a href="#s2">4,380.8</a></td></tr></tbody></table>' +
    '<p>Sources: <span id="s1">line 281</span>, <span id="s2">line 288</span>.</p>',
);

let server: Server;
let local: string;
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.end('x');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  local = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('prints in one browser', () => {
  it('write each document into the tab the last one printed in: the same bytes as a tab of its own, and refusals counted per document', async () => {
    const remote = page('Remote', `<p>An image from elsewhere: <img src="${local}/image.png" alt="remote"></p>`);
    // Each alone, in a browser of its own.
    const alone = await printPdf(table, options('Figures'));
    const remoteAlone = await printPdf(remote, options('Remote'));

    const ahead = launchAhead();
    const browsers = new Set<Browser>();
    let tabsOpened = 0;
    const launch: Launcher = async (launchOptions) => {
      const shared = await ahead.launch(launchOptions);
      if (!browsers.has(shared.browser)) shared.browser.on('targetcreated', (target: Target) => void (target.type() === 'page' && tabsOpened++));
      browsers.add(shared.browser);
      return shared;
    };
    try {
      const first = await printPdf(remote, { ...options('Remote'), launch });
      const second = await printPdf(table, { ...options('Figures'), launch });
      const third = await printPdf(remote, { ...options('Remote'), launch });
      expect(browsers.size).toBe(1);
      // One tab did all three.
      expect(tabsOpened).toBe(1);

      expect(Buffer.from(second.pdf).equals(Buffer.from(alone.pdf))).toBe(true);
      expect(Buffer.from(first.pdf).equals(Buffer.from(remoteAlone.pdf))).toBe(true);
      expect(Buffer.from(third.pdf).equals(Buffer.from(remoteAlone.pdf))).toBe(true);

      expect(first.refused).toEqual([`${local}/image.png`]);
      expect(second.refused).toEqual([]);
      expect(third.refused).toEqual([`${local}/image.png`]);
      expect(hits).toEqual([]);
    } finally {
      await ahead.close();
    }
  }, 120_000);
});
