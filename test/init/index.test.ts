/**
 * A project of one's own (SPEC 13): `vdr init` makes a project that validates and builds at once;
 * then, with real-shaped data added by hand (a rate per 100,000 compiled from a public source, an
 * indicator outside the pillars), the report says what its figures are, prints the unit as
 * declared everywhere, and never calls itself illustrative.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../pipeline/cli.js';

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

const scratch = mkdtempSync(join(tmpdir(), 'vdr-init-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('vdr init', () => {
  const dir = join(scratch, 'my-report');

  it('makes a project that vdr validate and vdr build (HTML and PDF) pass at once', async () => {
    const io = capture();
    expect(await main(['init', dir, '--year', '2023'], io), io.err).toBe(0);
    expect(io.out).toContain('Made a new vdr project');
    for (const file of ['.gitignore', 'README.md', 'data/datasets.yaml', 'data/indicators.yaml', 'data/units.yaml', 'data/reference/countries.csv', 'data/reference/country-names.csv', 'schemas/datasets.schema.json', 'content/references.yaml', 'content/2023/edition.yaml', 'content/2023/introduction.md']) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
    expect(existsSync(join(dir, 'data/observations'))).toBe(false);
    const validate = capture();
    expect(await main(['validate', '--project', dir], validate), validate.out).toBe(0);
    const build = capture();
    expect(await main(['build', '--project', dir], build), build.out + build.err).toBe(0);
    expect(readdirSync(join(dir, 'output/2023/build')).sort()).toEqual(['metrics.csv', 'metrics.json', 'report.html', 'report.pdf']);
    const html = readFileSync(join(dir, 'output/2023/build/report.html'), 'utf8');
    expect(html).not.toMatch(/illustrative/i);
    // The 2023 edition names partners as they were named in 2023.
    expect(html).toContain('Czechia');
    expect(html).toContain('North Macedonia');
  }, 180_000);

  it('refuses a directory that is not empty, and writes nothing', async () => {
    const taken = join(scratch, 'taken');
    mkdirSync(taken);
    writeFileSync(join(taken, 'notes.txt'), 'mine\n');
    const io = capture();
    expect(await main(['init', taken], io)).toBe(2);
    expect(io.err).toContain('is not empty');
    expect(readdirSync(taken)).toEqual(['notes.txt']);
    expect(await main(['init', join(scratch, 'y'), '--year', '23'], capture())).toBe(2);
  });
});

describe('a new project with real-shaped data', () => {
  const dir = join(scratch, 'homicide');
  let html = '';

  beforeAll(async () => {
    expect(await main(['init', dir, '--year', '2023'], capture())).toBe(0);
    const units = join(dir, 'data/units.yaml');
    writeFileSync(units, readFileSync(units, 'utf8').replace(/^\[\]$/m, '- id: rate-per-100k\n  name: rate per 100,000 population\n  symbol: per 100,000\n  change: difference\n  decimals: 1'));
    writeFileSync(
      join(dir, 'data/indicators.yaml'),
      [
        '- id: homicide-rate',
        '  pillar: context',
        '  title: Intentional homicide victims per 100,000 population',
        '  definition: Victims of intentional homicide in the calendar year, per 100,000 population.',
        '  unit: rate-per-100k',
        '  reported_by: country',
        '  direction: lower-is-better',
        '  aggregation: median',
        '  baseline_year: 2019',
        '  bounds: { min: 0 }',
        '  source: UNODC, Global Study on Homicide',
        '',
      ].join('\n'),
    );
    mkdirSync(join(dir, 'data/observations'));
    writeFileSync(
      join(dir, 'data/observations/homicide.csv'),
      [
        'indicator,country,year,value,unit,sex,denominator,flag,missing_reason,source,note',
        'homicide-rate,AFG,2019,6.66,,,,,,UNODC,',
        'homicide-rate,AFG,2020,,,,,,not-reported,,',
        'homicide-rate,AFG,2021,,,,,,not-reported,,',
        'homicide-rate,AFG,2022,,,,,,not-reported,,',
        'homicide-rate,AFG,2023,4.12,,,,,,UNODC,',
        'homicide-rate,KAZ,2019,5.04,,,,,,UNODC,',
        // The years without a figure are written down, or vdr validate warns of the gap.
        'homicide-rate,KAZ,2020,,,,,,not-reported,,',
        'homicide-rate,KAZ,2021,,,,,,not-collected,,',
        'homicide-rate,KAZ,2022,3.91,,,,,,UNODC,',
        'homicide-rate,TUR,2019,2.62,,,,,,UNODC,',
        'homicide-rate,TUR,2020,,,,,,not-reported,,',
        'homicide-rate,TUR,2021,,,,,,not-reported,,',
        'homicide-rate,TUR,2022,,,,,,not-reported,,',
        'homicide-rate,TUR,2023,,,,,,not-reported,,',
        '',
      ].join('\n'),
    );
    const datasets = join(dir, 'data/datasets.yaml');
    writeFileSync(
      datasets,
      readFileSync(datasets, 'utf8').replace(
        'observations: []',
        'observations:\n  - path: observations/homicide.csv\n    pillar: context\n    kind: compiled\n    source: UNODC, Global Study on Homicide',
      ),
    );
    appendFileSync(
      join(dir, 'content/2023/introduction.md'),
      [
        '',
        '## Homicide',
        '',
        'The median rate was :metric{indicator=homicide-rate entity=all field=current} and changed by :metric{indicator=homicide-rate entity=AFG field=change} in Afghanistan.',
        '',
        '::chart[Homicide rate, baseline and latest]{#fig-homicide kind=baseline-current indicator=homicide-rate}',
        '',
        '::indicator-table[Homicide rate by partner]{#tab-homicide indicator=homicide-rate}',
        '',
        '::pillar-table[Context indicators]{#tab-context pillar=context}',
        '',
      ].join('\n'),
    );
    const validate = capture();
    expect(await main(['validate', '--project', dir], validate), validate.out).toBe(0);
    const build = capture();
    expect(await main(['build', '--project', dir, '--html-only'], build), build.out + build.err).toBe(0);
    html = readFileSync(join(dir, 'output/2023/build/report.html'), 'utf8');
  }, 180_000);

  it('never calls its figures illustrative, in the report or the published edition, and says on the cover what they are', async () => {
    expect(html).not.toMatch(/illustrative/i);
    const final = capture();
    expect(await main(['build', '--project', dir, '--final'], final), final.out + final.err).toBe(0);
    const io = capture();
    expect(await main(['publish', '--project', dir, '--version', '1.0.0'], io), io.err).toBe(0);
    const published = join(dir, 'output/2023/1.0.0');
    for (const file of ['report.html', 'data-package/README.md', 'data-package/sdmx/observations.sdmx.csv', 'data-package/sdmx/metrics.sdmx.csv']) {
      expect(readFileSync(join(published, file), 'utf8'), file).not.toMatch(/illustrative/i);
    }
    // The metrics' column `illustrative` is described in the package (its name is the only mention), and is false on every row.
    const descriptor = JSON.parse(readFileSync(join(published, 'data-package/datapackage.json'), 'utf8')) as { resources: { name: string; schema?: { fields: { name: string }[] } }[] };
    const metrics = descriptor.resources.find((r) => r.name === 'metrics')!;
    metrics.schema!.fields = metrics.schema!.fields.filter((f) => f.name !== 'illustrative');
    expect(JSON.stringify(descriptor)).not.toMatch(/illustrative/i);
    const [header, ...rows] = parse(readFileSync(join(published, 'data-package/metrics/metrics.csv'), 'utf8')) as string[][];
    const column = header!.indexOf('illustrative');
    expect(column).toBeGreaterThan(0);
    expect(new Set(rows.filter((row) => row[1] === 'entity').map((row) => row[column]))).toEqual(new Set(['false']));
    expect(execFileSync('pdftotext', [join(published, 'report.pdf'), '-']).toString()).not.toMatch(/illustrative/i);
    expect(html).toContain('<p class="cover-note">The indicator figures in this edition are compiled from UNODC, Global Study on Homicide.</p>');
    // The partner briefs published with it say the same, and show the rate as declared, its gaps with their reasons.
    const afghanistan = readFileSync(join(published, 'briefs/AFG.html'), 'utf8');
    expect(afghanistan).not.toMatch(/illustrative/i);
    expect(afghanistan).toContain('<p class="provenance-note brief-figures-note">The indicator figures in this edition are compiled from UNODC, Global Study on Homicide.</p>');
    expect(afghanistan).toContain('<section id="brief-pillar-context"');
    expect(afghanistan).toContain('<th scope="row">Intentional homicide victims per 100,000 population (rate per 100,000 population)</th>');
    expect(afghanistan).toMatch(/<span class="brief-baseline"><a class="metric" href="#brief-source-\d+" title="data\/observations\/homicide\.csv:2"[^>]*>6\.7<\/a><\/span>/);
    expect(afghanistan).toMatch(/<span class="brief-current"><a class="metric" href="#brief-source-\d+" title="data\/observations\/homicide\.csv:6"[^>]*>4\.1<\/a><\/span>/);
    expect(afghanistan.match(/<span class="brief-missing-word"><a [^>]*>not reported<\/a><\/span>/g)).toHaveLength(3);
    expect(afghanistan).not.toContain('(number)');
    expect(readFileSync(join(published, 'briefs/TUR.html'), 'utf8')).toContain('<strong>Intentional homicide victims per 100,000 population</strong>: no figure after the baseline.');
    expect(execFileSync('pdftotext', [join(published, 'briefs/AFG.pdf'), '-']).toString()).not.toMatch(/illustrative/i);
  });

  it('prints the rate per 100,000 as declared in the text, the tables, the chart axis and the methodology annex', () => {
    // AFG reported for 2023 and KAZ only for 2022; TUR gave no 2023 figure: the median says so.
    expect(html).toMatch(/The median rate was <a[^>]*>4\.0 per 100,000 \(2023 or latest available, 2022–2023; 2 of 58 partner countries\)<\/a>/);
    expect(html).toMatch(/<a[^>]*>-2\.5 per 100,000<\/a> in Afghanistan/);
    expect(html).toMatch(/<td[^>]*>6\.7 per 100,000<\/td>/);
    expect(html).toContain('Intentional homicide victims per 100,000 population (rate per 100,000 population)</text>');
    expect(html).toMatch(/<dt>Unit<\/dt>\s*<dd>rate per 100,000 population<\/dd>/);
    expect(html).not.toContain('(number)');
  });

  it('puts the indicator outside the pillars in a section of its own in the annexes', () => {
    expect(html).toContain('<h2 id="annex-methodology-context">Context: indicators outside the pillars</h2>');
    expect(html).toContain('<h2 id="annex-data-tables-context">Context: indicators outside the pillars</h2>');
    expect(html).not.toContain('annex-methodology-pillar-1');
  });
});
