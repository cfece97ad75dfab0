import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { metricsToCsv } from '../../pipeline/metrics/csv.js';
import { computeMetrics, type Metrics } from '../../pipeline/metrics/index.js';
import { dataset, indicator, rows, sample } from './fixtures.js';

const m = computeMetrics(sample(), { year: 2021, previous: 2014 });

describe('metricsToCsv', () => {
  const text = metricsToCsv(m);
  const lines = text.split('\n');

  it('writes the header, then per indicator its entity rows and its aggregate rows, LF-terminated', () => {
    expect(lines[0]).toBe(
      'indicator,level,entity,entity_type,group_type,group,sex,aggregation,' +
        'baseline_year,baseline,baseline_fallback,baseline_years_from,baseline_years_to,' +
        'current_year,current,current_is_latest_available,current_years_from,current_years_to,current_rule,' +
        'change,relative_change,annualised_change,status,target_progress,previous_year,previous,change_since_previous,' +
        'expected,with_baseline,with_current,with_both,members,' +
        'baseline_flag,current_flag,series_break_year,series_break_note,illustrative,sources',
    );
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toContain('\r');
    expect(lines.length).toBe(m.entities.length + m.aggregates.length + 2);
    const levels = lines.slice(1, -1).map((l) => l.split(',').slice(0, 2).join(' '));
    expect(levels.slice(0, 11)).toEqual([
      ...['AFG', 'ALB', 'CAN', 'FRA', 'IRN', 'SRB'].map(() => 'seized entity'),
      ...['all', 'Americas', 'Asia', 'Europe', 'RP ANC'].map(() => 'seized aggregate'),
    ]);
  });

  it('writes stored numbers as they are and null as an empty cell', () => {
    expect(lines[1]).toBe(
      'seized,entity,AFG,country,,,total,,2014,100,false,2014,2014,2021,150,false,2021,2021,,50,0.5,0.059634022667,improved,,2014,100,50,' +
        ',,,,,,provisional,,,false,' +
        'baseline=data/observations/pillar-1.csv:2 current=data/observations/pillar-1.csv:3 previous=data/observations/pillar-1.csv:2',
    );
    expect(lines[3]).toBe(
      'seized,entity,CAN,country,,,total,,2014,25,false,2014,2014,,,false,,,,,,,no-current-data,,2014,25,,,,,,,,,,,false,' +
        'baseline=data/observations/pillar-1.csv:28 previous=data/observations/pillar-1.csv:28',
    );
  });

  it('writes aggregates with their group, coverage, members and the years their figures are from', () => {
    const records = parse(text, { columns: true }) as Record<string, string>[];
    const all = records.find((r) => r['indicator'] === 'seized' && r['level'] === 'aggregate' && r['group'] === 'all')!;
    expect(all).toMatchObject({
      entity: '', group_type: 'all', aggregation: 'sum', baseline: '340', current: '418',
      baseline_years_from: '2014', baseline_years_to: '2014', current_years_from: '2016', current_years_to: '2021',
      current_is_latest_available: 'true', current_rule: 'latest-available', annualised_change: '',
      previous_year: '2014', previous: '365', expected: '6', with_baseline: '5', with_current: '5', with_both: '4',
      members: 'AFG ALB FRA IRN', illustrative: '',
    });
    expect(all['sources']!.split(' ').filter((s) => s.startsWith('current='))).toHaveLength(4);
  });

  it('writes a series break and its note on the entity row', () => {
    const ds = dataset(
      [indicator('seized')],
      rows([['seized', 'AFG', 2014, 757], ['seized', 'AFG', 2021, 79, { flag: 'break', note: 'border seizures only, from 2021' }]]),
    );
    const records = parse(metricsToCsv(computeMetrics(ds, { year: 2021 })), { columns: true }) as Record<string, string>[];
    expect(records[0]).toMatchObject({
      entity: 'AFG', status: 'not-comparable', current_flag: 'break', series_break_year: '2021', series_break_note: 'border seizures only, from 2021',
      sources: 'baseline=data/observations/pillar-1.csv:2 current=data/observations/pillar-1.csv:3 break=data/observations/pillar-1.csv:3',
    });
  });

  it('reads back with a CSV parser into the same figures', () => {
    const records = (parse(text, { columns: true }) as Record<string, string>[]).filter((r) => r['level'] === 'entity');
    expect(records).toHaveLength(m.entities.length);
    m.entities.forEach((e, i) => {
      const r = records[i]!;
      for (const k of ['baseline', 'current', 'change', 'relative_change', 'annualised_change', 'target_progress'] as const) {
        expect(r[k]).toBe(e[k] === null ? '' : String(e[k]));
        if (e[k] !== null) expect(Number(r[k])).toBe(e[k]);
      }
    });
  });

  it('quotes cells that need it (RFC 4180)', () => {
    const odd: Metrics = { ...m, entities: [{ ...m.entities[0]!, entity: 'A,"B"' }] };
    expect(metricsToCsv(odd).split('\n')[1]).toMatch(/^seized,entity,"A,""B""",country,/);
  });
});
