/**
 * What the printed report says of figures shaped like real data: an aggregate drawn from several
 * years and from some of the partners, partners with no row at all, and a series break.
 */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../pipeline/model.js';
import { realDataset } from '../metrics/real.js';
import { chapter, compileChapters } from './compile.js';

/** The project's data with Canada's and Japan's heroin rows removed and a known break in Afghanistan's 2021 figure. */
function faulty(): Dataset {
  const dataset = realDataset();
  const observations = dataset.observations
    .filter((o) => !(o.indicator === 'heroin-seizures' && (o.country === 'CAN' || o.country === 'JPN')))
    .map((o) =>
      o.indicator === 'heroin-seizures' && o.country === 'AFG' && o.year === 2021
        ? { ...o, flag: 'break' as const, note: 'from 2021, border seizures only' }
        : o,
    );
  return { ...dataset, observations };
}

const body = [
  'Seizures rose from :metric{indicator=heroin-seizures field=baseline} to :metric{indicator=heroin-seizures field=current}, a change of :metric{indicator=heroin-seizures field=relative_change}.',
  '',
  'Afghanistan: :metric{indicator=heroin-seizures entity=AFG field=relative_change}, :metric{indicator=heroin-seizures entity=AFG field=status}.',
  '',
  'Again :metric{indicator=heroin-seizures field=current}.',
  '',
  '::indicator-table[Heroin seized by partner]{#tab-heroin indicator=heroin-seizures}',
  '',
  '::pillar-table[Pillar I]{#tab-pillar pillar=I}',
].join('\n');

describe('the printed report on figures shaped like real data', () => {
  const result = compileChapters({ 'c.md': chapter(body) }, { dataset: faulty() });
  const html = toHtml(result.document.chapters[0]!.tree);
  const text = html.replace(/<[^>]+>/g, '');

  it('says which years and how many partners an aggregate draws on, once per paragraph', () => {
    expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
    const first = text.slice(text.indexOf('Seizures rose'), text.indexOf('Afghanistan:'));
    // The baseline is the baseline year's for every member: no years to note, only the coverage;
    // the current figure adds its years; the change repeats neither.
    expect(first).toMatch(/^Seizures rose from [\d,.]+ kg \(\d+ of 58 partner countries\) to [\d,.]+ kg \(2021 or latest available, 20\d\d–2021\), a change of [+-][\d.]+%\.$/);
    // A new paragraph says it again.
    expect(text).toMatch(/Again [\d,.]+ kg \(2021 or latest available, 20\d\d–2021; \d+ of 58 partner countries\)\./);
  });

  it('prints a change across a series break with the note, and no improved or worsened', () => {
    expect(text).toMatch(/Afghanistan: [+-][\d.]+% \(series break in 2021: from 2021, border seizures only\), not comparable \(series break\)\./);
  });

  it('lists the partners with no row under the table, and the break beside its partner', () => {
    expect(text).toMatch(/Not reported \(no figure up to 2021\): [^.]*Canada[^.]*Japan[^.]*\./);
    expect(text).toContain('Afghanistan (Islamic Republic of): series break in 2021: from 2021, border seizures only.');
    expect(html).not.toMatch(/<td[^>]*>Canada<\/td>/);
  });

  it("gives an aggregate table's current figures the years they are from, with a note saying so", () => {
    expect(text).toMatch(/Heroin seized[\d,.]+ kg \(2014\)[\d,.]+ kg \(20\d\d–2021\)/);
    expect(text).toContain("Years in brackets after a figure: the years the partners' figures are from");
  });
});
