/**
 * A partner's brief as HTML, on the sample 2021 edition: one self-contained page in the report's
 * styles, every figure printed as the report prints it (Formatter) and linked to the line of the
 * data it came from, a draft marked as the report marks one, a partner without data saying so,
 * and the report's judges (vnu, axe) finding nothing wrong.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefHtml, type BriefContext } from '../../pipeline/briefs/html.js';
import { partnerBrief, type PartnerBrief } from '../../pipeline/briefs/model.js';
import { verificationList } from '../../pipeline/briefs/verify.js';
import { Formatter } from '../../pipeline/content/format.js';
import { datasetInLanguage } from '../../pipeline/edition/reference-language.js';
import { stringsFor } from '../../pipeline/i18n/index.js';
import { computeMetrics, type Metrics } from '../../pipeline/metrics/index.js';
import type { Dataset } from '../../pipeline/model.js';
import { launchBrowser, type PrintBrowser } from '../../pipeline/print/browser.js';
import { axeViolations, vnuErrors } from '../html/judge.js';
import { realDataset } from '../metrics/real.js';

const REPORT = { title: 'Implementing the Vienna Declaration', year: 2021 };
const en = stringsFor('en');
const context = (fields: Partial<BriefContext> = {}): BriefContext => ({ strings: en, report: REPORT, draft: false, ...fields });

/** metrics.json as written. */
const metrics = JSON.parse(JSON.stringify(computeMetrics(realDataset(), { year: 2021, previous: 2014 }))) as Metrics;
const dataset = realDataset();
const afghanistan = partnerBrief(dataset, metrics, { type: 'country', code: 'AFG' });
const europol = partnerBrief(dataset, metrics, { type: 'organization', code: 'EUROPOL' });

/** Every figure link of a page: its target, its title (the place) and its text. */
function figureLinks(html: string): { target: string; place: string; label: string; text: string }[] {
  return [...html.matchAll(/<a class="metric" href="#([^"]+)" title="([^"]+)" aria-label="([^"]+)">([^<]+)<\/a>/g)].map((m) => ({ target: m[1]!, place: m[2]!, label: m[3]!, text: m[4]! }));
}

/** The places the page's list of sources gives, by element id: each line number under its file, and its title the whole place. */
function sourceList(html: string): Map<string, string> {
  const places = new Map<string, string>();
  for (const [, file, lines] of html.matchAll(/<p class="brief-sources"><code>([^<]+)<\/code>, lines ((?:<span[^>]*>\d+<\/span>(?:; )?)+)<\/p>/g)) {
    for (const [, id, place, line] of lines!.matchAll(/<span id="(brief-source-\d+)" title="([^"]+)">(\d+)<\/span>/g)) {
      expect(place).toBe(`${file}:${line}`);
      places.set(id!, place!);
    }
  }
  return places;
}

/**
 * Checks that each baseline and current figure of metrics.json is printed (in its year's cell, the
 * unit named in the row's header), marked as the baseline or the current figure, and linked to its line.
 */
function expectLinkedFigures(html: string, brief: PartnerBrief, units: Dataset['units']): void {
  const format = new Formatter(en, units);
  // Figures alone, as the year cells print them (the unit is in the row's header).
  const bare = new Formatter(en, Object.fromEntries(Object.entries(units).map(([id, { symbol: _symbol, ...unit }]) => [id, { ...unit, builtin: false }])));
  const links = figureLinks(html);
  const sources = sourceList(html);
  expect(sources.size).toBe(brief.sources.length);
  // Every link leads to its line, and names it.
  for (const link of links) expect(sources.get(link.target)).toBe(link.place);
  let checked = 0;
  for (const indicator of brief.pillars.flatMap((p) => p.indicators)) {
    for (const { metric } of indicator.rows) {
      for (const [value, source, role, field] of [
        [metric.baseline, metric.sources.baseline, 'baseline', 'baseline'],
        [metric.current, metric.sources.current, 'current', 'current figure'],
      ] as const) {
        if (value === null || !source) continue;
        const text = bare.level(value, indicator.indicator);
        const place = `${source.file}:${source.line}`;
        const link = links.find((l) => l.text === text && l.place === place && l.label.includes(`: ${field} (`));
        expect(link, `${indicator.indicator.id} ${metric.sex} ${text}`).toBeDefined();
        expect(html).toMatch(new RegExp(`<span class="brief-${role}"><a class="metric" href="#${link!.target}"`));
        checked++;
      }
      // The change and relative change of the row are printed as the report prints them.
      if (metric.change !== null) expect(html).toContain(`<span class="brief-line">${format.change(metric.change, indicator.indicator)}</span>`);
      if (metric.relative_change !== null) expect(html).toContain(`<span class="brief-line brief-status">${format.relative(metric.relative_change)}</span>`);
    }
  }
  expect(checked).toBeGreaterThan(0);
}

describe('the brief of Afghanistan (RP ANC), 2021', async () => {
  const html = await briefHtml(afghanistan, context());

  it('is one HTML5 page in the report\'s language, with the report\'s styles and fonts inside', () => {
    expect(html.startsWith('<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8">')).toBe(true);
    expect(html).toContain('<title>Afghanistan (Islamic Republic of): partner brief, Implementing the Vienna Declaration 2021</title>');
    expect(html).toContain('.cover-note{'); // the report's own stylesheet, whole
    expect(html).toContain('body.brief main{');
    expect(html).toMatch(/@font-face\{font-family:"Noto Sans";[^}]*src:url\(data:font\/woff2;base64,/);
    expect(html).not.toMatch(/<(?:script|link|iframe|img)\b/);
    expect(html).not.toMatch(/\s(?:src|srcset)="/);
  });

  it('is headed with the partner\'s name, the edition and its facts', () => {
    expect(html).toContain('<h1>Afghanistan (Islamic Republic of)</h1>');
    expect(html).toContain('<p class="brief-edition">Implementing the Vienna Declaration, 2021 edition</p>');
    for (const fact of ['partner country', 'AFG', 'Asia', 'Southern Asia', 'RP ANC', 'original partner']) expect(html).toContain(`<dd>${fact}</dd>`);
  });

  it('says the figures are illustrative, as the report\'s cover does', () => {
    expect(html).toContain(`<p class="provenance-note brief-figures-note">${en.illustrativeNote}</p>`);
  });

  it('prints every baseline and current figure of metrics.json, each a link to its line', () => {
    expectLinkedFigures(html, afghanistan, dataset.units);
  });

  it('has a section per pillar, each with a table of its years, change and status, with captions and header scopes', () => {
    for (const id of ['i', 'ii', 'iii', 'iv']) {
      expect(html).toContain(`<section id="brief-pillar-${id}" class="brief-section brief-pillar"`);
      expect(html).toContain(`id="brief-pillar-${id}-figures"`);
    }
    expect(html).toContain("<caption id=\"brief-pillar-i-figures-caption\">Pillar I: Regional initiatives: each year's figure of Afghanistan (Islamic Republic of), its change since the baseline and its status</caption>");
    expect(html).toContain('<th scope="col" class="numeric">Change</th><th scope="col">Status</th></tr>');
    expect(html).toContain('<th scope="col" class="numeric">2012</th>');
    expect(html).toContain('<th scope="row">Heroin seized (kilograms)</th>');
    expect(html).not.toMatch(/<th(?=[\s>])(?![^>]*scope=)[^>]*>/);
  });

  it('compares each indicator with Asia, RP ANC and all partners, with the coverage of each', () => {
    expect(html).toContain('<th scope="col" class="numeric">Asia</th><th scope="col" class="numeric">RP ANC</th><th scope="col" class="numeric">All partners</th>');
    const heroin = afghanistan.pillars[0]!.indicators[0]!;
    const all = heroin.comparisons.find((c) => c.group === 'all')!.aggregate;
    expect(html).toContain(`<span class="brief-line brief-status">coverage: ${all.coverage.with_both} of ${all.coverage.expected}</span>`);
  });

  it('says what is missing, each reason linked to its line', () => {
    expect(html).toContain('<strong>Border liaison offices in operation</strong>: no baseline figure. Reasons given in the data: <a class="metric"');
    expect(html).toMatch(/title="data\/observations\/pillar-1\.csv:\d+" aria-label="not collected \(2014\): [^"]+">not collected \(2014\)<\/a>/);
  });

  it('has every internal link resolving', () => {
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    for (const m of html.matchAll(/href="#([^"]+)"/g)) expect(ids.has(m[1]!), m[1]).toBe(true);
  });

  it('gives the same bytes twice', async () => {
    expect(await briefHtml(afghanistan, context())).toBe(html);
  });
});

describe('drafts, charts and languages', () => {
  it('a draft has the report\'s banner, the draft class the print watermarks and the draft mark in its title', async () => {
    const draft = await briefHtml(afghanistan, context({ draft: true, stamp: { edition: 2021, dataFingerprint: 'abc123', buildTime: '2026-01-01T00:00:00Z' } }));
    expect(draft).toContain('<body class="brief draft">');
    expect(draft).toContain('body.draft::after{content:"Draft"}');
    expect(draft).toContain(`<h2 id="draft-banner-title">${en.draftBannerTitle}</h2><p>${en.brief.draftNote}</p>`);
    expect(draft).toContain('data fingerprint abc123');
    expect(draft).toContain('<title>Draft: Afghanistan');
    const final = await briefHtml(afghanistan, context());
    expect(final).toContain('<body class="brief">');
    expect(final).not.toContain('draft-banner"');
  });

  it('puts a pillar\'s chart in its section when one is passed, and none otherwise', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="test chart" width="10" height="10"></svg>';
    const html = await briefHtml(afghanistan, context({ charts: new Map([['II', svg]]) }));
    const pillar = html.slice(html.indexOf('id="brief-pillar-ii"'), html.indexOf('id="brief-pillar-iii"'));
    expect(pillar).toContain(`<figure class="figure brief-chart"><figcaption>Pillar II: Illicit financial flows: the figures of Afghanistan (Islamic Republic of)</figcaption><div class="chart">${svg}</div></figure>`);
    expect(html.match(/class="figure brief-chart"/g)).toHaveLength(1);
  });

  it('an organization\'s brief: its name with its acronym, all organizations as its one group, the meetings it hosted', async () => {
    const html = await briefHtml(europol, context());
    expect(html).toContain('<h1>European Police Office (EUROPOL)</h1>');
    expect(html).toContain('<th scope="col" class="numeric">EUROPOL</th><th scope="col" class="numeric">All partners</th></tr>');
    expect(html).toContain('The meetings EUROPOL hosted up to 2021');
    expect(html).toContain('<td>Netherlands</td><td>The Hague</td><td>February 2013</td>');
    expectLinkedFigures(html, europol, dataset.units);
  });

  it('in Arabic: lang and dir of the language, the names of the data\'s Arabic view', async () => {
    const view = datasetInLanguage(dataset, 'ar');
    const html = await briefHtml(partnerBrief(view, metrics, { type: 'country', code: 'AFG' }), context({ strings: stringsFor('ar') }));
    expect(html.startsWith('<!doctype html><html lang="ar" dir="rtl">')).toBe(true);
    expect(html).toContain(`<h1>${view.reference.countries.find((c) => c.iso3 === 'AFG')!.name}</h1>`);
    expect(html).toContain(stringsFor('ar').brief.kicker);
  });
});

describe('a partner without data', () => {
  it('an organization with no row says it is expected to report nothing, with no table of figures', async () => {
    const html = await briefHtml(partnerBrief(dataset, metrics, { type: 'organization', code: 'UNODC' }), context());
    expect(html).toContain(`<p class="brief-empty">${en.brief.notExpected}</p>`);
    expect(html).not.toMatch(/class="[^"]*brief-figures[" ]/);
    expect(html).not.toContain('id="brief-comparison"');
    expect(html).toContain(`<p>${en.brief.sources.none}</p>`);
    expect(html).not.toContain('id="brief-missing"');
  });

  it('a country without a figure says so and lists every indicator as missing, with no table of figures', async () => {
    const data: Dataset = { ...dataset, observations: dataset.observations.filter((o) => o.country !== 'AFG') };
    const brief = partnerBrief(data, computeMetrics(data, { year: 2021, previous: 2014 }), { type: 'country', code: 'AFG' });
    const html = await briefHtml(brief, context());
    expect(html).toContain(`<p class="brief-empty">${en.brief.noFigures('17', '2021')}</p>`);
    expect(html).not.toMatch(/class="[^"]*brief-figures[" ]/);
    expect(html).not.toContain('id="brief-comparison"');
    expect(html.match(/<li><strong>/g)).toHaveLength(17);
  });
});

describe('the judges of the report, on a country brief (draft, with its figures to confirm) and an organization\'s', () => {
  let dir: string;
  let paths: string[];
  let browser: PrintBrowser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vdr-brief-'));
    paths = [join(dir, 'AFG.html'), join(dir, 'EUROPOL.html')];
    const verification = { list: verificationList('AFG', metrics), packet: 'verify-2021-AFG.xlsx' };
    writeFileSync(paths[0]!, await briefHtml(afghanistan, context({ draft: true, verification })));
    writeFileSync(paths[1]!, await briefHtml(europol, context()));
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has no error by the Nu Html Checker', () => {
    expect(readFileSync(paths[0]!, 'utf8')).toContain('<section id="brief-verification"');
    expect(vnuErrors(paths)).toEqual([]);
  }, 120_000);

  it.each([1280, 375])('has no WCAG 2.1 A or AA violation by axe-core at %i px', async (width) => {
    for (const path of paths) expect(await axeViolations(browser, path, width), path).toEqual([]);
  }, 120_000);
});
