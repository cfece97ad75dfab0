import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { Formatter } from '../../../pipeline/content/format.js';
import { en } from '../../../pipeline/i18n/index.js';
import { realDataset } from '../../metrics/real.js';
import { chapter, compileChapters, realMetrics } from '../compile.js';

const format = new Formatter(en);
const metrics = realMetrics();
const heroin = realDataset().indicators.find((i) => i.id === 'heroin-seizures')!;
const all = metrics.aggregates.find((a) => a.indicator === 'heroin-seizures' && a.group === 'all')!;
const latest = metrics.entities.find((e) => e.indicator === 'heroin-seizures' && e.sex === 'total' && e.current_is_latest_available && e.current !== null)!;

const text = (body: string): { html: string; sources: string; warnings: string[] } => {
  const result = compileChapters({ 'c.md': chapter(body) });
  expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
  return {
    html: toHtml(result.document.chapters[0]!.tree),
    sources: toHtml(result.document.annexes.find((a) => a.id === 'annex-sources')!.tree),
    warnings: result.messages.map((m) => `${m.place?.line}:${m.place?.column} ${m.ruleId}`),
  };
};

describe(':metric', () => {
  it('prints an aggregate by the rounding rule, linked to its sources entry with a title', () => {
    const { html, sources } = text('Seized :metric{indicator=heroin-seizures entity=all field=current}.');
    const years = all.current_years!;
    const coverage = all.coverage;
    // The sample's aggregate adds up latest-available figures of some partners and misses others: the figure says so.
    expect([years.from < 2021, coverage.with_both < coverage.expected]).toEqual([true, true]);
    const expected = `${format.level(all.current, heroin)} (2021 or latest available, ${years.from}\u20132021; ${coverage.with_both} of ${coverage.expected} partner countries)`;
    expect(html).toContain(`href="#source--1"`);
    expect(html).toContain(`>${expected}</a>`);
    expect(html).toMatch(/title="Heroin seized, all partners: current figure \(2021\): data\/observations\/pillar-1\.csv, lines [\d, ]+ …\. Sources of the figures, entry 1"/);
    // A screen reader names the link for what it is, its visible words first, not by its number alone.
    expect(html).toContain(`aria-label="${expected}: Heroin seized, all partners: current figure (2021), source"`);
    const lines = [...new Set(all.sources.current.map((r) => r.line))].sort((a, b) => a - b);
    expect(sources).toContain('<tr id="source--1">');
    expect(sources).toContain(`data/observations/pillar-1.csv, lines ${lines[0]}, `);
    expect(sources).toContain(String(lines[lines.length - 1]));
  });

  it('defaults entity to all, and shares one entry between two uses of the same figure', () => {
    const { html } = text(
      ':metric{indicator=heroin-seizures field=current} and :metric{indicator=heroin-seizures entity=all field=current} and :metric{indicator=heroin-seizures field=baseline}',
    );
    expect(html.match(/href="#source--1"/g)).toHaveLength(2);
    expect(html).toContain('href="#source--2"');
  });

  it('says "latest available" for a country whose figure is from an earlier year', () => {
    const { html } = text(`:metric{indicator=heroin-seizures entity=${latest.entity} field=current}`);
    expect(html).toContain(`>${format.level(latest.current, heroin)} (latest available: ${latest.current_year})</a>`);
  });

  it('prints changes, statuses, coverage and status counts', () => {
    const { html } = text(
      [
        ':metric{indicator=heroin-seizures field=change}',
        ':metric{indicator=heroin-seizures field=relative_change}',
        ':metric{indicator=heroin-seizures field=status}',
        ':metric{indicator=heroin-seizures field=coverage}',
        ':metric{indicator=heroin-seizures field=improved}',
        ':metric{indicator=heroin-seizures field=baseline_year}',
      ].join(' / '),
    );
    // The first figure of the aggregate in the paragraph carries its notes; the others do not repeat them.
    expect(html).toContain(`>${format.change(all.change, heroin)} (2021 or latest available, ${all.current_years!.from}\u20132021; `);
    expect(html).toContain(`>${format.relative(all.relative_change)}</a>`);
    expect(html).toContain(`>${en.statuses[all.status]}</a>`);
    expect(html).toContain(`>${all.coverage.with_both} of ${all.coverage.expected}</a>`);
    expect(html).toContain(`>${all.status_counts.improved}</a>`);
    expect(html).toContain(`>${all.baseline_year}</a>`);
  });

  it('prints n/a, with a warning at the directive, for a figure the data lacks', () => {
    const missing = metrics.entities.find((e) => e.indicator === 'treatment-waiting-time' && e.sex === 'total' && e.baseline === null)!;
    const { html, warnings } = text(`Waiting: :metric{indicator=treatment-waiting-time entity=${missing.entity} field=baseline}`);
    expect(html).toContain('>n/a</a>');
    expect(warnings).toEqual(['6:10 content/metric-not-available']);
  });
});

describe(':fact', () => {
  it('counts the reference data, linked to its source file', () => {
    const { html, sources } = text(
      ':fact{name=partner-countries} :fact{name=partner-organizations} :fact{name=pillars} :fact{name=indicators} :fact{name=ewg-meetings} :fact{name=ewg-meetings until=2014} :fact{name=trifold-meetings} :fact{name=rp-anc-countries} :fact{name=rp-see-countries}',
    );
    const numbers = [...html.matchAll(/class="metric fact"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(numbers).toEqual(['58', '23', '4', '19', '26', '8', '6', '8', '6']);
    expect(sources).toContain('data/reference/countries.csv (reference data)');
    expect(sources).toContain('Number of Expert Working Group meetings up to 2014');
  });
});
