import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { Formatter } from '../../../pipeline/content/format.js';
import { en } from '../../../pipeline/i18n/index.js';
import { realDataset } from '../../metrics/real.js';
import { chapter, compileChapters, realMetrics } from '../compile.js';

const format = new Formatter(en);
const metrics = realMetrics();
const joint = realDataset().indicators.find((i) => i.id === 'joint-operations')!;

describe('::indicator-table', () => {
  const result = compileChapters({
    'c.md': chapter('::indicator-table[Joint operations in three countries]{#tab-joint indicator=joint-operations entities="AFG KAZ TJK"}'),
  });
  const html = toHtml(result.document.chapters[0]!.tree);

  it('is a numbered table with a caption, column headers and row headers, in a named scrolling region', () => {
    expect(result.messages).toEqual([]);
    expect(result.document.tables).toMatchObject([{ id: 'tab-joint', label: 'Table 1.1', caption: 'Joint operations in three countries' }]);
    expect(html).toContain('<div id="tab-joint" class="table-scroll numbered-table" role="region" tabindex="0" aria-labelledby="tab-joint-caption">');
    expect(html).toContain('<caption id="tab-joint-caption">Table 1.1: Joint operations in three countries</caption>');
    expect(html).toContain('<th scope="col">Reporting entity</th><th scope="col" class="numeric">Baseline (2014)</th>');
    expect(html.match(/<th scope="row">/g)).toHaveLength(3);
  });

  it('gives each entity\'s figures by the rounding rule, with the year where it differs from the column\'s', () => {
    for (const code of ['AFG', 'KAZ', 'TJK']) {
      const m = metrics.entities.find((e) => e.indicator === 'joint-operations' && e.entity === code && e.sex === 'total')!;
      const current = format.level(m.current, joint);
      const notes = [...(m.current_year !== 2021 ? [String(m.current_year)] : []), ...(m.current_flag ? [m.current_flag] : [])];
      expect(html).toContain(`<td class="numeric">${notes.length > 0 ? `${current} (${notes.join(', ')})` : current}</td>`);
      expect(html).toContain(`<td class="numeric">${format.change(m.change, joint)}</td>`);
    }
  });

  it('links to its rows in the sources annex', () => {
    expect(html).toContain('<a href="#source--1">Where these figures come from</a>');
    const sources = toHtml(result.document.annexes.find((a) => a.id === 'annex-sources')!.tree);
    expect(sources).toContain('Table 1.1: Joint operations in three countries, by row');
    expect(sources).toMatch(/<span class="source-row-label">Kazakhstan: <\/span>data\/observations\/pillar-1\.csv, lines \d+, \d+/);
  });
});

describe('::pillar-table', () => {
  it('has one row per indicator of the pillar, for all partners, with coverage', () => {
    const result = compileChapters({ 'c.md': chapter('::pillar-table[Pillar II]{#tab-ii pillar=II}') });
    expect(result.messages).toEqual([]);
    const html = toHtml(result.document.chapters[0]!.tree);
    const indicators = realDataset().indicators.filter((i) => i.pillar === 'II');
    expect(html.match(/<th scope="row">/g)).toHaveLength(indicators.length);
    for (const indicator of indicators) {
      const a = metrics.aggregates.find((x) => x.indicator === indicator.id && x.group === 'all')!;
      expect(html).toContain(`<th scope="row">${indicator.title}</th>`);
      expect(html).toContain(`<td class="numeric">${a.coverage.with_both} of ${a.coverage.expected}</td>`);
    }
    expect(html).toContain('Coverage: entities that reported both a baseline and a current figure');
  });
});
