import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { changeDirection } from '../../../pipeline/content/directives/trend.js';
import { Formatter } from '../../../pipeline/content/format.js';
import { en } from '../../../pipeline/i18n/index.js';
import type { AggregateMetric, EntityMetric, Metrics } from '../../../pipeline/metrics/types.js';
import { realDataset } from '../../metrics/real.js';
import { chapter, compileChapters, realMetrics, type FixtureOptions } from '../compile.js';

const metrics = realMetrics();
const indicators = new Map(realDataset().indicators.map((i) => [i.id, i]));
const aggregate = (indicator: string, group: string): AggregateMetric => metrics.aggregates.find((a) => a.indicator === indicator && a.group === group)!;
const format = new Formatter(en);

const compile = (body: string, options: FixtureOptions = {}): { html: string; sources: string; messages: string[] } => {
  const result = compileChapters({ 'c.md': chapter(body) }, options);
  return {
    html: toHtml(result.document.chapters[0]!.tree),
    sources: toHtml(result.document.annexes.find((a) => a.id === 'annex-sources')!.tree),
    messages: result.messages.map((m) => `${m.place?.line}:${m.place?.column} ${m.severity} ${m.ruleId}: ${m.reason}`),
  };
};

/** A metrics row with only the figures changeDirection reads. */
const row = (figures: Partial<EntityMetric>): EntityMetric =>
  ({ status: 'improved', baseline: null, current: null, change: null, previous: null, change_since_previous: null, ...figures }) as EntityMetric;

describe('changeDirection', () => {
  it('reads the sign of the change, and a change within the tolerance as flat', () => {
    expect(changeDirection({}, row({ baseline: 10, current: 12, change: 2 }))).toEqual({ kind: 'rise', from: 10, to: 12, change: 2 });
    expect(changeDirection({}, row({ baseline: 10, current: 8, change: -2 }))).toMatchObject({ kind: 'fall', change: -2 });
    expect(changeDirection({}, row({ baseline: 10, current: 10, change: 0, status: 'unchanged' }))).toMatchObject({ kind: 'flat', change: 0 });
    // 5% is within a tolerance of 0.05 (inclusive), 6% is not: the rule of metrics/status.ts.
    expect(changeDirection({ tolerance: 0.05 }, row({ baseline: 100, current: 105, change: 5 }))).toMatchObject({ kind: 'flat', change: 5 });
    expect(changeDirection({ tolerance: 0.05 }, row({ baseline: 100, current: 94, change: -6 }))).toMatchObject({ kind: 'fall' });
    // From a baseline of 0, any change is beyond the tolerance.
    expect(changeDirection({ tolerance: 0.5 }, row({ baseline: 0, current: 1, change: 1 }))).toMatchObject({ kind: 'rise' });
  });

  it('says which figure is missing, and knows a change across a series break', () => {
    expect(changeDirection({}, row({ current: 3, status: 'no-baseline' }))).toEqual({ kind: 'missing', missing: 'baseline' });
    expect(changeDirection({}, row({ baseline: 3, status: 'no-current-data' }))).toEqual({ kind: 'missing', missing: 'current' });
    expect(changeDirection({}, row({ status: 'not-reported' }))).toEqual({ kind: 'missing', missing: 'any' });
    expect(changeDirection({}, row({ baseline: 1, current: 2, change: 1, status: 'not-comparable' }))).toEqual({ kind: 'not-comparable' });
    expect(changeDirection({}, row({ baseline: 1, current: 2, change: 1 }), 'previous')).toEqual({ kind: 'missing', missing: 'previous' });
    expect(changeDirection({}, row({ previous: 4, current: 2, change_since_previous: -2 }), 'previous')).toMatchObject({ kind: 'fall', from: 4, to: 2 });
  });
});

describe(':trend', () => {
  it('writes rose, fell and changed little from the metrics', () => {
    // The sample's figures: heroin seizures rose, acetic anhydride seizures fell, and drug-induced
    // deaths in RP ANC moved within the tolerance.
    expect(aggregate('heroin-seizures', 'all').change).toBeGreaterThan(0);
    expect(aggregate('acetic-anhydride-seizures', 'all').change).toBeLessThan(0);
    expect(aggregate('drug-induced-deaths', 'RP ANC')).toMatchObject({ status: 'unchanged' });
    expect(aggregate('drug-induced-deaths', 'RP ANC').change).not.toBe(0);
    const { html, messages } = compile(
      'Heroin :trend{indicator=heroin-seizures}, acetic anhydride :trend{indicator=acetic-anhydride-seizures entity=all}, deaths :trend{indicator=drug-induced-deaths entity="RP ANC"}.',
    );
    expect(messages).toEqual([]);
    expect(html).toMatch(/Heroin <a class="metric trend" href="#source--1" title="[^"]+" aria-label="rose: Heroin seized, all partners: change since the baseline [^"]+, source">rose<\/a>, acetic anhydride <a [^>]+>fell<\/a>, deaths <a [^>]+>changed little<\/a>\./);
  });

  it('writes a noun phrase with form=noun', () => {
    const { html } = compile(
      ':trend{indicator=heroin-seizures form=noun} / :trend{indicator=acetic-anhydride-seizures form=noun} / :trend{indicator=drug-induced-deaths entity="RP ANC" form=noun}',
    );
    expect(html).toContain('>a rise</a> / ');
    expect(html).toContain('>a fall</a> / ');
    expect(html).toContain('>little change</a>');
  });

  it('is linked to the sources entry of the change it speaks of, with the change in its title', () => {
    const all = aggregate('heroin-seizures', 'all');
    const heroin = indicators.get('heroin-seizures')!;
    const { html, sources } = compile('Seizures :trend{indicator=heroin-seizures}, by :metric{indicator=heroin-seizures field=change}.');
    expect(html.match(/href="#source--1"/g)).toHaveLength(2);
    expect(html).not.toContain('source--2');
    expect(html).toContain(
      `title="Heroin seized, all partners: change since the baseline (2014\u20132021), ${format.change(all.change, heroin)} (${format.relative(all.relative_change)}): data/observations/pillar-1.csv, lines `,
    );
    expect(sources).toContain('Heroin seized, all partners: change since the baseline (2014\u20132021)');
  });

  it('speaks of the change since the previous edition with since=previous', () => {
    // A group whose figure went one way since the baseline and the other since the 2014 edition.
    const turned = metrics.aggregates.find((a) => {
      const indicator = indicators.get(a.indicator)!;
      const base = changeDirection(indicator, a, 'baseline').kind;
      const previous = changeDirection(indicator, a, 'previous').kind;
      return (base === 'rise' && previous === 'fall') || (base === 'fall' && previous === 'rise');
    })!;
    expect(turned).toBeDefined();
    const entity = turned.group.includes(' ') ? `"${turned.group}"` : turned.group;
    const { html, messages } = compile(`:trend{indicator=${turned.indicator} entity=${entity}} / :trend{indicator=${turned.indicator} entity=${entity} since=previous}`);
    expect(messages).toEqual([]);
    const words = [...html.matchAll(/>(rose|fell)<\/a>/g)].map((m) => m[1]);
    expect(words).toHaveLength(2);
    expect(words[0]).not.toBe(words[1]);
    expect(html).toContain('change since the previous edition (2014\u20132021)');
  });

  it('writes n/a, with a warning at the directive, when there is no change to speak of', () => {
    const missing = metrics.entities.find((e) => e.indicator === 'treatment-waiting-time' && e.sex === 'total' && e.baseline === null && e.current !== null)!;
    const name = realDataset().reference.countries.find((c) => c.iso3 === missing.entity)!.name;
    const { html, messages } = compile(`The wait :trend{indicator=treatment-waiting-time entity=${missing.entity}}.`);
    expect(html).toContain('>n/a</a>');
    expect(messages).toEqual([
      `6:10 warning content/trend-not-available: the direction of this change cannot be stated, because ${name} has no baseline figure for Median waiting time for treatment (the report shows n/a)`,
    ]);
  });

  it('says when the edition has no previous edition to compare with', () => {
    const alone: Metrics = { ...metrics, edition: { year: 2021, previous: null }, aggregates: metrics.aggregates.map((a) => ({ ...a, previous: null, change_since_previous: null })) };
    const { messages } = compile(':trend{indicator=heroin-seizures since=previous}', { metrics: alone });
    expect(messages).toEqual([
      '6:1 warning content/trend-not-available: the direction of this change cannot be stated, because this edition has no previous edition to compare with (the report shows n/a)',
    ]);
  });

  it('states no direction for a change across a series break, with a warning', () => {
    const broken: Metrics = {
      ...metrics,
      aggregates: metrics.aggregates.map((a) => (a.indicator === 'heroin-seizures' && a.group === 'all' ? { ...a, status: 'not-comparable' as const } : a)),
    };
    const { html, messages } = compile('Seizures :trend{indicator=heroin-seizures}.', { metrics: broken });
    expect(html).toContain('>cannot be compared across a series break</a>');
    expect(messages).toEqual([
      '6:10 warning content/trend-not-comparable: this change crosses a series break in heroin-seizures (a row flagged break), so it has no direction the report can state',
    ]);
  });

  it('reports unknown attributes and values at their column', () => {
    const { messages } = compile(':trend{indicator=heroin-seizures form=adjective since=last sex=female}');
    expect(messages.map((m) => m.split(':').slice(0, 2).join(':'))).toEqual([
      '6:60 error content/unknown-attribute',
      '6:55 error content/attribute-value',
      '6:39 error content/attribute-value',
    ]);
  });
});
