import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { chapter, compileChapters } from '../compile.js';
import { realDataset } from '../../metrics/real.js';

describe('::chart and :::vega-lite', () => {
  const result = compileChapters({
    'c.md': chapter(
      [
        '::chart[Heroin seized]{#fig-heroin kind=baseline-current indicator=heroin-seizures entities="AFG IRN PAK" source="National reports" description="Three countries."}',
        '',
        '::chart[Partners]{#fig-map kind=partner-map focus="RP SEE"}',
        '',
        ':::vega-lite[Indicators per pillar]{#fig-custom description="How many indicators each pillar has."}',
        '```json',
        '{ "data": { "name": "indicators" }, "mark": "bar", "encoding": { "x": { "field": "pillar", "type": "nominal" }, "y": { "aggregate": "count", "type": "quantitative" } } }',
        '```',
        ':::',
      ].join('\n'),
    ),
  });

  it('makes one request per figure, with its attributes typed', () => {
    expect(result.messages).toEqual([]);
    expect(result.chartRequests).toMatchObject([
      { id: 'fig-heroin', kind: 'baseline-current', title: 'Heroin seized', indicator: 'heroin-seizures', entities: ['AFG', 'IRN', 'PAK'], source: 'National reports', description: 'Three countries.' },
      { id: 'fig-map', kind: 'partner-map', title: 'Partners', focus: 'RP SEE' },
      { id: 'fig-custom', kind: 'custom', title: 'Indicators per pillar', description: 'How many indicators each pillar has.' },
    ]);
    expect(result.chartRequests[1]!.description).toBe('Map of the partner countries, coloured by priority programme.');
    expect((result.chartRequests[2] as { spec: Record<string, unknown> }).spec['mark']).toBe('bar');
  });

  it('leaves a <figure> for the HTML stage to draw into, marked with its id', () => {
    const tree = result.document.chapters[0]!.tree;
    expect(toHtml(tree)).toContain('<figure id="fig-heroin" class="figure"></figure>');
    const figures: string[] = [];
    const walk = (node: { data?: { vdrFigure?: string }; children?: unknown[] }): void => {
      if (node.data?.vdrFigure) figures.push(node.data.vdrFigure);
      for (const child of node.children ?? []) walk(child as never);
    };
    walk(tree as never);
    expect(figures).toEqual(['fig-heroin', 'fig-map', 'fig-custom']);
  });

  it('traces indicator charts to their observations, and reference charts to their files', () => {
    const [heroin, map, custom] = result.document.figures;
    expect(heroin!.sourceEntry).toBe(1);
    expect(map!.sourceEntry).toBe(2);
    const sources = toHtml(result.document.annexes.find((a) => a.id === 'annex-sources')!.tree);
    expect(sources).toContain('Figure 1.1: Heroin seized');
    expect(sources).toMatch(/Pakistan \(Islamic Republic of\): <\/span>data\/observations\/pillar-1\.csv, lines \d+, \d+/);
    expect(sources).toContain('data/indicators.yaml (reference data)');
    expect(custom!.sourceEntry).toBe(3);
  });

  it('traces a time series to the observations it draws: the total, up to the edition year', () => {
    const edition2014 = compileChapters({ 'c.md': chapter('::chart[Heroin by year]{#fig-t kind=time-series indicator=heroin-seizures entities="AFG"}') }, { edition: { year: 2014 } });
    expect(edition2014.messages).toEqual([]);
    const drawn = realDataset()
      .observations.filter((o) => o.indicator === 'heroin-seizures' && o.country === 'AFG' && o.sex === 'total' && o.year <= 2014)
      .map((o) => o.line);
    expect(drawn.length).toBeGreaterThan(1);
    const sources = toHtml(edition2014.document.annexes.find((a) => a.id === 'annex-sources')!.tree);
    expect(sources).toContain(`Afghanistan (Islamic Republic of): </span>data/observations/pillar-1.csv, lines ${drawn[0]}\u2013${drawn.at(-1)}</li>`);
    expect(drawn.at(-1)! - drawn[0]!).toBe(drawn.length - 1);
  });
});
