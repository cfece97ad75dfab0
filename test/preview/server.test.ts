import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProject, type ProjectPaths } from '../../pipeline/project/index.js';
import { startPreview, type PreviewServer } from '../../pipeline/preview/index.js';
import { connectEvents, type EventClient } from './events.js';
import { appendParagraph, copyProject, removeProject, replaceIn } from './project.js';

/** A raw GET, with the path and Host as given (fetch would tidy both). */
function rawGet(url: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const handles = () => process.getActiveResourcesInfo().filter((r) => r === 'FSEventWrap' || r === 'TCPServerWrap' || r === 'TCPSocketWrap');

describe('vdr preview: the server', () => {
  let project: ProjectPaths;
  let preview: PreviewServer;
  let events: EventClient;
  let before: string[];
  const log: string[] = [];
  const page = async () => (await fetch(preview.url)).text();

  beforeAll(async () => {
    before = handles();
    project = copyProject();
    preview = await startPreview(openProject(project, { edition: 2021 }), { port: 0, log: (line) => log.push(line) });
    await preview.ready;
    events = await connectEvents(preview.url);
  });
  afterAll(async () => {
    events?.close();
    await preview?.close();
    removeProject(project);
  });

  it('serves the report on 127.0.0.1, with the preview script and a strict policy', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(preview.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain('<main id="main">');
    expect(html).toContain('<script id="vdr-preview" data-kind="report"');
    expect(preview.rebuilds()).toBe(1);
    // A client that connects is told the current build at once.
    expect((await events.next()).kind).toBe('report');
  });

  it('rebuilds only the content on a chapter edit, and tells the page', async () => {
    appendParagraph(project, 'content/2021/pillar-1.md', 'A sentence the preview must show.');
    const event = await events.next((e) => e.kind === 'report');
    expect(event.build).toMatch(/\.2$/);
    // Only the chapter and the comparison with the previous edition changed: the event carries them.
    expect(event.base).toMatch(/\.1$/);
    expect(event.parts?.map((p) => p.id)).toEqual(['what-changed', 'pillar-1']);
    expect(event.parts?.[1]?.html).toMatch(/^<section id="pillar-1"[\s\S]*A sentence the preview must show\.[\s\S]*<\/section>$/);
    expect(await page()).toContain('A sentence the preview must show.');
    expect(log.at(-1)).toMatch(/^content\/2021\/pillar-1\.md changed: rebuilt in \d+ ms \(content \d+, charts \d+, changes \d+, html \d+\)/);
    expect(preview.rebuilds()).toBe(2);
    expect(preview.lastBuildMs()).toBeGreaterThan(0);
  });

  it('shows a chapter\'s errors in the draft\'s banner, at file:line:column', async () => {
    const file = 'content/2021/pillar-1.md';
    const lines = readFileSync(join(project.root, file), 'utf8').split('\n').length;
    appendParagraph(project, file, '::nosuchdirective');
    await events.next((e) => e.kind === 'report');
    const html = await page();
    expect(html).toContain(`<span class="problem-place">${file}:${lines + 2}:1</span>`);
    expect(html).toContain('::nosuchdirective is not a directive vdr knows');
    replaceIn(project, file, '\n\n::nosuchdirective\n', '');
    await events.next((e) => e.kind === 'report');
    expect(await page()).not.toContain('nosuchdirective');
  });

  it('shows data errors in the page, at file:line:column, and keeps the last report linked', async () => {
    const file = 'data/observations/pillar-1.csv';
    const line = readFileSync(join(project.root, file), 'utf8').split('\n')[2]!;
    const column = line.indexOf(',2013,') + 2;
    replaceIn(project, file, line, line.replace(',2013,', ',2015.0,'));
    expect((await events.next((e) => e.kind === 'error')).kind).toBe('error');
    const html = await page();
    expect(html).toContain('<script id="vdr-preview" data-kind="error"');
    expect(html).toContain(`<code>${file}:3:${column}</code> <span class="severity">error:</span> year must be a whole number, found "2015.0". <strong>Fix:</strong> write 2015.`);
    expect(log.at(-1)).toMatch(/^data\/observations\/pillar-1\.csv changed: The data has 1 error/);
    const lastGood = await fetch(new URL('/__vdr/last-good', preview.url));
    expect(lastGood.status).toBe(200);
    const good = await lastGood.text();
    expect(good).toContain('A sentence the preview must show.');
    expect(good).toContain('data-kind="last-good"');

    replaceIn(project, file, ',2015.0,', ',2013,');
    await events.next((e) => e.kind === 'report');
    // A data change validates and computes again, with the schemas as they were.
    expect(log.at(-1)).toMatch(/^data\/observations\/pillar-1\.csv changed: rebuilt in \d+ ms \(validate \d+, editions \d+, metrics \d+, content \d+, charts \d+, changes \d+, html \d+\)/);
    expect(await page()).toContain('A sentence the preview must show.');
    expect((await fetch(new URL('/__vdr/last-good', preview.url))).status).toBe(404);
  });

  it('serves nothing else: no file by its path, no other method, no other host', async () => {
    for (const path of ['/report.html', '/index.html', '/data/datasets.yaml', '/../data/datasets.yaml', '/%2e%2e/data/datasets.yaml', '//data/datasets.yaml', 'http://[', '/__vdr/', '/favicon.ico']) {
      const response = await rawGet(preview.url, path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain('window:');
    }
    expect((await rawGet(preview.url, '/?x=1')).status).toBe(200);
    expect((await rawGet(preview.url, '/', {}, 'POST')).status).toBe(405);
    expect((await rawGet(preview.url, '/', { host: 'attacker.example' })).status).toBe(403);
    expect((await rawGet(preview.url, '/', { host: `localhost:${new URL(preview.url).port}` })).status).toBe(200);
  });

  it('listens on 127.0.0.1 only', async () => {
    const { port } = new URL(preview.url);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a !== undefined && !a.internal && a.family === 'IPv4')
      .map((a) => a!.address);
    for (const address of others) {
      await expect(fetch(`http://${address}:${port}/`)).rejects.toThrow();
    }
  });

  it('keeps serving after a build that fails outright', async () => {
    const schema = join(project.root, 'schemas', 'observations.schema.json');
    const text = readFileSync(schema, 'utf8');
    replaceIn(project, 'schemas/observations.schema.json', '{', '{ broken');
    await events.next((e) => e.kind === 'error');
    expect(await page()).toContain('The build failed');
    replaceIn(project, 'schemas/observations.schema.json', '{ broken', '{');
    expect(readFileSync(schema, 'utf8')).toBe(text);
    await events.next((e) => e.kind === 'report');
    expect(log.at(-1)).toMatch(/^schemas\/observations\.schema\.json changed: rebuilt in \d+ ms \(schemas \d+, validate \d+/);
    expect(await page()).toContain('<main id="main">');
  });

  it('stops its watchers, connections and server on close', async () => {
    events.close();
    await preview.close();
    await expect(fetch(preview.url)).rejects.toThrow();
    const deadline = Date.now() + 2000;
    while (handles().length > before.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(handles()).toEqual(before);
  });
});
