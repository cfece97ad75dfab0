/** What the figures are, when the project's files are of several kinds: said on the cover, under each figure and table, and in the sources annex. */
import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import type { Dataset, ProvenanceKind } from '../../pipeline/model.js';
import { realDataset } from '../metrics/real.js';
import { compileChapters } from './compile.js';

/** The project's data with pillar II's file reported by partners and pillar III's compiled from a named source. */
function mixed(): Dataset {
  const dataset = realDataset();
  const kinds: Record<string, { kind: ProvenanceKind; source?: string }> = {
    'data/observations/pillar-2.csv': { kind: 'reported' },
    'data/observations/pillar-3.csv': { kind: 'compiled', source: 'INCB, Precursors report' },
  };
  return {
    ...dataset,
    sources: dataset.sources.map((s) => ({ ...s, ...kinds[s.file] })),
    observations: dataset.observations.map((o) => (kinds[o.file] ? { ...o, kind: kinds[o.file]!.kind } : o)),
  };
}

const chapter = `---
title: Mixed
---

::chart[Heroin seized]{#fig-heroin kind=baseline-current indicator=heroin-seizures}

::indicator-table[Requests answered]{#tab-mla indicator=mla-answered}

::indicator-table[Precursor investigations]{#tab-precursors indicator=precursor-investigations}
`;

describe('figures of several kinds', () => {
  const result = compileChapters({ 'mixed.md': chapter }, { dataset: mixed() });
  const html = toHtml({ type: 'root', children: [...result.document.chapters.flatMap((c) => c.tree.children), ...result.document.annexes.flatMap((a) => a.tree.children)] } as never);

  it('says on the cover which kinds the printed figures are', () => {
    expect(result.messages).toEqual([]);
    expect(result.document.figuresNote).toBe(
      'The indicator figures in this edition are of 3 kinds: illustrative (generated for demonstration, not reported by partners), reported by partners and compiled from INCB, Precursors report. Each figure and table says which of them it shows.',
    );
  });

  it('says under each figure and table what its figures are', () => {
    expect(result.document.figures[0]?.figuresNote).toBe('Figures illustrative (generated for demonstration, not reported by partners).');
    expect(html).toContain('Figures reported by partners.');
    expect(html).toContain('Figures compiled from INCB, Precursors report.');
  });

  it('lists what each file holds in the sources annex', () => {
    expect(html).toContain('<li><code>data/observations/pillar-2.csv</code>: reported by partners</li>');
    expect(html).toContain('<li><code>data/observations/pillar-3.csv</code>: compiled from INCB, Precursors report</li>');
  });
});
