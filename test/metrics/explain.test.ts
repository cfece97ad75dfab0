import { describe, expect, it } from 'vitest';
import { explainMetric } from '../../pipeline/metrics/explain.js';
import { computeMetrics } from '../../pipeline/metrics/index.js';
import { sample } from './fixtures.js';

const ds = sample();
const m = computeMetrics(ds, { year: 2021, previous: 2014 });
const explain = (indicator: string, entity: string): string => {
  const text = explainMetric(m, ds, indicator, entity);
  if (text === undefined) throw new Error(`no explanation for ${indicator} ${entity}`);
  return text;
};

describe('explainMetric', () => {
  it('explains an entity figure line by line, with the file and line of each observation', () => {
    expect(explain('seized', 'AFG')).toBe(
      [
        'Title of seized (seized), AFG (Afghanistan): 2021 edition, compared with the 2014 edition',
        'Unit: kg; direction: higher is better; aggregated by sum; tolerance ±0.05; baseline year 2014',
        '',
        'Baseline 2014: 100 kg (data/observations/pillar-1.csv:2)',
        'Current 2021: 150 kg (provisional) (data/observations/pillar-1.csv:3)',
        'Change: 50 kg = 150 - 100',
        'Relative change: 0.5 (50%) = 50 / |100|',
        'Annualised change: 0.059634022667 (5.9634022667%) = (150 / 100)^(1 / (2021 - 2014)) - 1',
        'Status: improved: the relative change 0.5 is beyond the tolerance of ±0.05 (5%), the figure went up, and higher is better',
        'Target progress: n/a (the indicator has no target)',
        'Change since the 2014 edition: 50 kg = 150 - 100; then: 100 kg in 2014 (data/observations/pillar-1.csv:2)',
        '',
      ].join('\n'),
    );
  });

  it('notes fallbacks, latest-available years, the tolerance edge and a target met at baseline', () => {
    expect(explain('opium', 'AFG')).toContain('Baseline 2012: 1000 kg (data/observations/pillar-1.csv:14)\n  fallback: no figure for 2013; the nearest year within ±1 was used\n');
    expect(explain('opium', 'AFG')).toContain('the indicator is neutral, so the change is neither an improvement nor a worsening');
    expect(explain('seized', 'IRN')).toContain('Current 2016: 210 kg (data/observations/pillar-1.csv:7)\n  latest available: no figure for 2021; 2016 is the latest year with one\n');
    expect(explain('seized', 'IRN')).toContain('Status: unchanged: the relative change 0.05 is within the tolerance of ±0.05 (5%)\n');
    expect(explain('seized', 'ALB')).toContain('Relative change: n/a (the baseline is 0)\n');
    expect(explain('seized', 'ALB')).toContain('Status: improved: from a baseline of 0 any change is beyond the tolerance');
    expect(explain('wait', 'IRN')).toContain('Target progress: 1, towards the target of 14 days by 2021: the target equals the baseline (met at baseline)');
    expect(explain('share', 'AFG')).toContain('Change: 10 percentage points = 60 - 50\n');
    expect(explain('share', 'AFG')).toContain('Target progress: 0.25 = (60 - 50) / (90 - 50), towards the target of 90% by 2021\n');
  });

  it('says what is missing', () => {
    expect(explain('seized', 'SRB')).toContain('Baseline 2014: n/a (no figure for 2014)\nCurrent 2021: 60 kg (data/observations/pillar-1.csv:10)\n');
    expect(explain('seized', 'CAN')).toContain("Current 2021: n/a (no figure after the baseline's 2014, up to 2021)\n");
    expect(explain('seized', 'CAN')).toContain('Status: no-current-data\n');
  });

  it('explains each sex of a disaggregated entity, and an invented total never appears', () => {
    const text = explain('treated', 'IRN');
    expect(text).toContain('Sex: total\nBaseline 2014: n/a');
    expect(text).toContain('Only disaggregated figures were reported: no total is made up from them.');
    expect(text).toContain('Sex: female\nBaseline 2014: 10 (data/observations/pillar-4.csv:16)');
    expect(text).toContain('Sex: male\nBaseline 2014: 20 (data/observations/pillar-4.csv:17)');
  });

  it('explains an aggregate with every member, its weight and its line', () => {
    expect(explain('share', 'asia')).toBe(
      [
        'Title of share (share), region Asia (aggregate): 2021 edition, compared with the 2014 edition',
        'Unit: percent; direction: higher is better; aggregated by weighted-mean; tolerance ±0.02; baseline year 2014',
        '',
        'Rule: the weighted mean, each figure weighted by its denominator, over the 2 of 2 expected entities with both a baseline and a current figure whose change is comparable',
        'Coverage: 2 expected, 2 with a baseline, 2 with a current figure, 2 with both',
        'Years drawn on: baseline 2014, current 2021',
        'Baseline 2014: 72.5%, the weighted mean of:',
        '  AFG 2014: 50%, weight 100 (data/observations/pillar-2.csv:2)',
        '  IRN 2014: 80%, weight 300 (data/observations/pillar-2.csv:4)',
        'Current 2021: 68.3333333333%, the weighted mean of:',
        '  AFG 2021: 60%, weight 200 (data/observations/pillar-2.csv:3)',
        '  IRN 2021: 85%, weight 100 (data/observations/pillar-2.csv:5)',
        'Change: -4.1666666667 percentage points = 68.3333333333 - 72.5',
        'Relative change: -0.0574712643683 (-5.74712643683%) = -4.1666666667 / |72.5|',
        'Annualised change: -0.00841990541136 (-0.841990541136%) = (68.3333333333 / 72.5)^(1 / (2021 - 2014)) - 1',
        'Status: worsened: the relative change -0.0574712643683 is beyond the tolerance of ±0.02 (2%), the figure went down, and higher is better',
        'Statuses of the 2 expected entities: improved 2, worsened 0, unchanged 0, changed 0, not-comparable 0, no-baseline 0, no-current-data 0, not-reported 0',
        'Target progress: -0.238095238097 = (68.3333333333 - 72.5) / (90 - 72.5), towards the target of 90% by 2021',
        'Change since the 2014 edition: -4.1666666667 percentage points = 68.3333333333 - 72.5; then: 72.5% from data/observations/pillar-2.csv lines 2, 4',
        '',
      ].join('\n'),
    );
    expect(explain('share', 'all')).toContain('Rule: the weighted mean, unweighted (not every figure has a denominator), over the 4 of 6');
    expect(explain('seized', 'RP SEE')).toContain('priority programme RP SEE (aggregate)');
  });

  it('shows every source line of every figure', () => {
    for (const e of m.entities) {
      const text = explain(e.indicator, e.entity);
      for (const at of Object.values(e.sources)) expect(text).toContain(`${at.file}:${at.line}`);
    }
    for (const a of m.aggregates) {
      const text = explain(a.indicator, a.group);
      for (const at of [...a.sources.baseline, ...a.sources.current]) expect(text).toContain(`(${at.file}:${at.line})`);
    }
  });

  it('is undefined for an unknown indicator or entity, and ignores letter case', () => {
    expect(explainMetric(m, ds, 'nope', 'AFG')).toBeUndefined();
    expect(explainMetric(m, ds, 'seized', 'XYZ')).toBeUndefined();
    expect(explainMetric(m, ds, 'ops', 'AFG')).toBeUndefined();
    expect(explain('ops', 'caricc')).toContain('CARICC (Central Asian Regional Information and Coordination Centre)');
  });
});
