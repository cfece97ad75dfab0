import { describe, expect, it } from 'vitest';
import type { Message } from '../../pipeline/diagnostics/message.js';
import { errorPage } from '../../pipeline/preview/error-page.js';

const messages: Message[] = [
  { file: 'data/observations/pillar-4.csv', place: { line: 3, column: 25 }, severity: 'error', ruleId: 'cell/integer', reason: 'year must be a whole number', value: '2015.0', fix: 'write 2015' },
  { file: 'data/datasets.yaml', severity: 'warning', ruleId: 'x/y', reason: 'a <b>bold</b> & odd claim', fix: 'do <i>it</i>' },
];

describe('errorPage', () => {
  const html = errorPage({ headline: 'The data has 1 error, so the report could not be built', messages, lastGood: '/__vdr/last-good' });

  it('lists every message, sorted, as file:line:column with what is wrong, the value and the fix', () => {
    const items = [...html.matchAll(/<li class="(error|warning)">([\s\S]*?)<\/li>/g)].map((m) => m[2]!.replace(/<[^>]+>/g, ''));
    expect(items).toEqual([
      'data/datasets.yaml warning: a &#x3C;b>bold&#x3C;/b> &#x26; odd claim. Fix: do &#x3C;i>it&#x3C;/i>. [x/y]',
      'data/observations/pillar-4.csv:3:25 error: year must be a whole number, found "2015.0". Fix: write 2015. [cell/integer]',
    ]);
  });

  it('is a whole page in English with the headline and the count, and links the last good report', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en"><head><meta charset="utf-8">')).toBe(true);
    expect(html).toContain('<p id="vdr-preview-headline">The data has 1 error, so the report could not be built.</p>');
    expect(html).toContain('<p>1 error and 1 warning:</p>');
    expect(html).toContain('<a href="/__vdr/last-good">');
  });

  it('asks for nothing outside the page', () => {
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(errorPage({ headline: 'x', messages: [] })).not.toContain('<ol');
  });
});
