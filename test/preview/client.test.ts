import { describe, expect, it } from 'vitest';
import { CLIENT_SCRIPT, EVENTS_PATH, withClient } from '../../pipeline/preview/client.js';

describe('withClient', () => {
  const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body><p>x</p></body></html>';

  it('puts the script at the end of the head, marked with the page kind and build', () => {
    const out = withClient(html, { kind: 'report', build: 'abc.3' });
    expect(out).toBe(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title><script id="vdr-preview" data-kind="report" data-build="abc.3">${CLIENT_SCRIPT}</script></head><body><p>x</p></body></html>`,
    );
  });

  it('escapes the build in its attribute', () => {
    expect(withClient(html, { kind: 'error', build: 'a"&b' })).toContain('data-build="a&quot;&amp;b"');
  });

  it('is small, listens to the events and never writes a closing script tag', () => {
    expect(CLIENT_SCRIPT.length).toBeLessThan(2000);
    expect(CLIENT_SCRIPT).toContain(EVENTS_PATH);
    expect(CLIENT_SCRIPT).not.toMatch(/<\/script/i);
  });
});
