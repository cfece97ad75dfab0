import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { csvLine, HEADER, iterateRows, SAMPLE_SEED, syntheticCatalogue } from '../../scripts/generate-observations.js';
import type { Indicator, PillarId } from '../../pipeline/model.js';
import { codes, PILLAR_FILE } from './large-case.js';

const PILLAR_TITLE: Record<PillarId, string> = {
  I: 'Regional initiatives',
  II: 'Illicit financial flows',
  III: 'Precursors',
  IV: 'Drug prevention and health',
};

/** A paragraph about one indicator, every figure through a directive. */
function paragraph(indicator: Indicator): string {
  const m = (field: string): string => `:metric{indicator=${indicator.id} entity=all field=${field}}`;
  return `**${indicator.title}.** In the illustrative figures the total for all partners reached ${m('current')}, a relative change of ${m('relative_change')} since the baseline; ${m('improved')} partners improved and ${m('worsened')} worsened.`;
}

/**
 * The large case of the benchmark: all 58 partners, the sample catalogue four times over (76
 * indicators), the ten years of the window, and a 2021 edition of about 150 pages with 64
 * charts, a third of them maps, written as an editor would, through directives.
 */
export function makeLargeReport(projectRoot: string, dir: string, copies = 4): { root: string; indicators: number; rows: number; charts: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'data', 'observations'), { recursive: true });
  mkdirSync(join(dir, 'content', '2021'), { recursive: true });
  for (const part of ['data/reference', 'schemas']) cpSync(join(projectRoot, part), join(dir, part), { recursive: true });
  for (const file of ['data/datasets.yaml', 'content/references.yaml']) cpSync(join(projectRoot, file), join(dir, file));
  const manifest = parseYaml(readFileSync(join(projectRoot, 'data', 'datasets.yaml'), 'utf8')) as { window: { first: number; last: number } };
  const base = parseYaml(readFileSync(join(projectRoot, 'data', 'indicators.yaml'), 'utf8')) as Indicator[];
  const indicators = syntheticCatalogue(base, copies);
  writeFileSync(join(dir, 'data', 'indicators.yaml'), stringifyYaml(indicators, { aliasDuplicateObjects: false }));

  const files = new Map<PillarId, string[]>(Object.keys(PILLAR_FILE).map((p) => [p as PillarId, [csvLine(HEADER)]]));
  const pillarOf = new Map(indicators.map((i) => [i.id, i.pillar]));
  let rows = 0;
  for (const row of iterateRows({
    seed: SAMPLE_SEED,
    countries: codes(projectRoot, 'data/reference/countries.csv'),
    organizations: codes(projectRoot, 'data/reference/organizations.csv'),
    indicators,
    years: manifest.window,
  })) {
    files.get(pillarOf.get(row[0] ?? '') ?? 'I')?.push(csvLine(row));
    rows++;
  }
  for (const [pillar, lines] of files) writeFileSync(join(dir, 'data', 'observations', PILLAR_FILE[pillar]), `${lines.join('\n')}\n`);

  // Chapters: one per pillar and copy, each indicator with a paragraph, four of them with a chart
  // (maps, dumbbells and trends in turn), the first with a table by partner.
  const chapters: string[] = [];
  let charts = 0;
  const pillars: PillarId[] = ['I', 'II', 'III', 'IV'];
  for (let copy = 1; copy <= copies; copy++) {
    for (const pillar of pillars) {
      const own = indicators.filter((i) => i.pillar === pillar && (copy === 1 ? !/-c\d+$/.test(i.id) : i.id.endsWith(`-c${copy}`)));
      const id = `part-${copy}-${pillars.indexOf(pillar) + 1}`;
      const name = `${id}.md`;
      const parts = [`---\nid: ${id}\ntitle: ${PILLAR_TITLE[pillar]}, part ${copy}\npillar: ${pillar}\n---\n`];
      parts.push(`## Indicators\n\n::pillar-table[Indicators of pillar ${pillar}, part ${copy} (illustrative figures)]{pillar=${pillar}}\n`);
      own.forEach((indicator, k) => {
        parts.push(`## ${indicator.title}\n\n${paragraph(indicator)}\n`);
        // 64 charts: the last indicators of each chapter go without one.
        if (k >= 4) return;
        if (indicator.reported_by === 'organization') {
          parts.push(`::chart[${indicator.title} (illustrative)]{kind=time-series indicator=${indicator.id}}\n`);
        } else if (k % 3 === 0) {
          parts.push(`::chart[${indicator.title}: status by partner (illustrative)]{kind=partner-map colorBy=status indicator=${indicator.id}}\n`);
        } else if (k % 3 === 1) {
          parts.push(`::chart[${indicator.title}, baseline and latest (illustrative)]{kind=baseline-current indicator=${indicator.id} entities="AFG IRN KAZ KGZ PAK TJK TKM UZB ALB BIH HRV MKD MNE SRB"}\n`);
        } else {
          parts.push(`::chart[${indicator.title} in the priority countries (illustrative)]{kind=time-series indicator=${indicator.id}}\n`);
        }
        charts++;
        if (k === 0) parts.push(`::indicator-table[${indicator.title} by partner (illustrative)]{indicator=${indicator.id}}\n`);
      });
      writeFileSync(join(dir, 'content', '2021', name), parts.join('\n'));
      chapters.push(name);
    }
  }
  writeFileSync(
    join(dir, 'content', '2021', 'edition.yaml'),
    stringifyYaml({ year: 2021, title: 'Implementing the Vienna Declaration', subtitle: 'Benchmark edition (illustrative figures)', language: 'en', status: 'progress', chapters }),
  );
  return { root: dir, indicators: indicators.length, rows, charts };
}
