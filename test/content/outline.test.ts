import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { chapter, compileChapters } from './compile.js';

const html = (tree: Root): string => toHtml(tree);

const result = compileChapters({
  'summary.md': chapter(
    'In short :ref{#fig-trend}, :ref{#tab-one}, :ref{#pillar} and :ref{#intro-scope}.\n\n::chart[Overview]{#fig-overview kind=status-by-pillar}',
    'id: summary\ntitle: Executive summary\nnumbered: false',
  ),
  'intro.md': chapter('## Background\n\nText.\n\n## Scope\n\nSee :ref{#annex-methodology} and :ref{#glossary}.\n\n### Detail\n\nMore.', 'id: intro\ntitle: Introduction'),
  'pillar.md': chapter(
    [
      '## Figures',
      '',
      '::chart[Trend]{#fig-trend kind=time-series indicator=heroin-seizures entities="AFG PAK"}',
      '',
      '::pillar-table[Pillar I]{#tab-one pillar=I}',
      '',
      '::chart[Map]{kind=partner-map}',
      '',
      'Back to :ref{#intro}, :ref[the overview]{#fig-overview} and :ref{#figure-2-2}.',
    ].join('\n'),
    'id: pillar\ntitle: Regional initiatives\npillar: I',
  ),
});

describe('numbering and cross-references', () => {
  it('reports nothing for a well-formed report', () => {
    expect(result.messages).toEqual([]);
  });

  it('numbers chapters, skipping unnumbered ones', () => {
    expect(result.document.chapters.map((c) => [c.id, c.number])).toEqual([
      ['summary', null],
      ['intro', '1'],
      ['pillar', '2'],
    ]);
  });

  it('numbers figures and tables by chapter, and on their own sequence in unnumbered chapters', () => {
    expect(result.document.figures.map((f) => [f.id, f.label])).toEqual([
      ['fig-overview', 'Figure 1'],
      ['fig-trend', 'Figure 2.1'],
      ['figure-2-2', 'Figure 2.2'],
    ]);
    expect(result.document.tables.map((t) => [t.id, t.label])).toEqual([['tab-one', 'Table 2.1']]);
  });

  it('numbers sections and gives headings ids of chapter and slug', () => {
    const intro = result.document.chapters[1]!;
    expect(intro.outline.children.map((s) => [s.id, s.number, s.title])).toEqual([
      ['intro-background', '1.1', 'Background'],
      ['intro-scope', '1.2', 'Scope'],
    ]);
    const text = html(intro.tree);
    expect(text).toContain('<h2 id="intro-scope"><span class="section-number">1.2</span> Scope</h2>');
    expect(text).toContain('<h3 id="intro-detail">Detail</h3>');
    expect(text).toContain('<section id="intro" class="chapter" data-chapter="1">');
    expect(text).toContain('<h1 class="chapter-title"><span class="chapter-number">1</span> Introduction</h1>');
  });

  it('resolves references forwards and backwards, with their labels', () => {
    const summary = html(result.document.chapters[0]!.tree);
    expect(summary).toContain('<a class="xref xref-figure" href="#fig-trend">Figure 2.1</a>');
    expect(summary).toContain('<a class="xref xref-table" href="#tab-one">Table 2.1</a>');
    expect(summary).toContain('<a class="xref xref-chapter" href="#pillar">Chapter 2</a>');
    expect(summary).toContain('<a class="xref xref-section" href="#intro-scope">Section 1.2</a>');
    const intro = html(result.document.chapters[1]!.tree);
    expect(intro).toContain('<a class="xref xref-annex" href="#annex-methodology">Annex IV</a>');
    expect(intro).toContain('<a class="xref xref-part" href="#glossary">Glossary</a>');
    const pillar = html(result.document.chapters[2]!.tree);
    expect(pillar).toContain('<a class="xref xref-chapter" href="#intro">Chapter 1</a>');
    expect(pillar).toContain('<a class="xref xref-figure" href="#fig-overview">the overview</a>');
    expect(pillar).toContain('<a class="xref xref-figure" href="#figure-2-2">Figure 2.2</a>');
    expect(pillar).toContain('<p class="chapter-pillar">Pillar I: Strengthening and implementing regional initiatives</p>');
  });

  it('numbers the annexes in Roman numerals, then the glossary and references', () => {
    expect(result.document.annexes.map((a) => [a.id, a.number])).toEqual([
      ['annex-partner-countries', 'I'],
      ['annex-partner-organizations', 'II'],
      ['annex-ewg-meetings', 'III'],
      ['annex-methodology', 'IV'],
      ['annex-data-tables', 'V'],
      ['annex-sources', 'VI'],
    ]);
    expect(result.document.backMatter.map((p) => p.id)).toEqual(['glossary', 'references']);
  });

  it('collects a chart request per figure, with where it was written', () => {
    expect(result.chartRequests.map((r) => [r.id, r.kind, r.at?.place.line])).toEqual([
      ['fig-overview', 'status-by-pillar', 9],
      ['fig-trend', 'time-series', 9],
      ['figure-2-2', 'partner-map', 13],
    ]);
    const trend = result.chartRequests[1]!;
    expect(trend).toMatchObject({ title: 'Trend', indicator: 'heroin-seizures', entities: ['AFG', 'PAK'] });
    expect(trend.description).toMatch(/^Heroin seized: the yearly figures/);
  });
});
