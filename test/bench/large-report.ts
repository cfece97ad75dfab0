import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify as stringifyYaml } from 'yaml';
import type { Indicator, PillarId } from '../../pipeline/model.js';
import { writeLargeData } from './large-case.js';

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
export async function makeLargeReport(
  projectRoot: string,
  dir: string,
  copies = 4,
): Promise<{ root: string; indicators: number; rows: number; charts: number }> {
  const { indicators, rows } = await writeLargeData(projectRoot, dir, copies);
  mkdirSync(join(dir, 'content', '2021'), { recursive: true });
  cpSync(join(projectRoot, 'content', 'references.yaml'), join(dir, 'content', 'references.yaml'));

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
