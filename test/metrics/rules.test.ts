/**
 * The counting rules printed in the methodology annex and the README are the rules the metrics
 * stage applies: every rule's worked example runs through computeMetrics, and the words printed
 * for it name the status the code gives.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countingRulesMarkdown } from '../../pipeline/content/annexes/methodology.js';
import { en } from '../../pipeline/i18n/index.js';
import { computeMetrics } from '../../pipeline/metrics/index.js';
import { COUNTING_RULE_IDS, RULE_EXAMPLES, type CountingRuleId } from '../../pipeline/metrics/rules.js';
import type { Country, Observation } from '../../pipeline/model.js';
import { chapter, compileChapters } from '../content/compile.js';
import { ROOT } from './real.js';
import { dataset, indicator } from './fixtures.js';

/** The example's metric: a partner's (sex 'total') or the all-partners aggregate. */
function run(id: CountingRuleId): Record<string, unknown> {
  const example = RULE_EXAMPLES[id];
  const codes = [...new Set([...example.rows.map(([code]) => code), ...(example.of === 'all' ? [] : [example.of])])].sort();
  const countries: Country[] = codes.map((iso3, i) => ({
    iso3, iso2: iso3.slice(0, 2), m49: String(100 + i), name: iso3, region: 'Asia', subregion: 'Southern Asia', partner_since: 'original', priority_programme: 'none',
  }));
  const observations = example.rows.map(([country, year, value, extra], i): Observation => ({
    indicator: 'x', country, year, value, sex: 'total', kind: 'reported', file: 'data/observations/example.csv', line: i + 2, ...extra,
  }));
  const data = dataset([indicator('x', { direction: 'higher-is-better', ...example.indicator })], observations);
  data.reference.countries = countries;
  const m = computeMetrics(data, { year: example.year });
  const found =
    example.of === 'all'
      ? m.aggregates.find((a) => a.group === 'all')
      : m.entities.find((e) => e.entity === example.of && e.sex === 'total');
  if (!found) throw new Error(`rule ${id}: the example has no metric for ${example.of}`);
  return found as unknown as Record<string, unknown>;
}

describe('the counting rules', () => {
  it.each(COUNTING_RULE_IDS)('%s: the worked example gives the outcome the rule states', (id) => {
    expect(run(id)).toMatchObject(RULE_EXAMPLES[id].outcome);
  });

  it('are printed in the methodology annex, each naming the status its example gets', () => {
    const { document } = compileChapters({ 'intro.md': chapter('Text.') });
    const annex = JSON.stringify(document.annexes.find((a) => a.id === 'annex-methodology'));
    for (const id of COUNTING_RULE_IDS) {
      const words = en.methodology.countingRules[id];
      expect(annex, id).toContain(JSON.stringify(words.text));
      const status = run(id)['status'] as keyof typeof en.statuses | undefined;
      if (RULE_EXAMPLES[id].outcome.status !== undefined && status) expect(words.text, id).toContain(`"${en.statuses[status]}"`);
    }
  });

  it('state the edge cases as the code applies them', () => {
    // A partner whose only figure is the baseline year's has no current figure (not "the latest earlier year's").
    expect(run('only-baseline')).toMatchObject({ current: null, status: 'no-current-data' });
    expect(en.methodology.countingRules['only-baseline'].text).toContain('no current figure');
    // Mixed years in an aggregate: a span of years, and no annualised change.
    expect(run('aggregate-years')).toMatchObject({ current_years: { from: 2019, to: 2021 } });
    expect(run('aggregate-annualised')).toMatchObject({ annualised_change: null });
    expect(en.methodology.countingRules['aggregate-annualised'].text).toContain('n/a');
    // A baseline of 0: no relative change, and any change is beyond the tolerance.
    expect(run('change')).toMatchObject({ relative_change: null, status: 'improved' });
    expect(en.methodology.countingRules.change.text).toContain('n/a');
  });

  it('are in the README as the annex prints them (npm run rules rewrites them)', () => {
    const readme = readFileSync(new URL('README.md', `file://${ROOT}`), 'utf8');
    expect(readme).toContain(countingRulesMarkdown(en));
  });
});
