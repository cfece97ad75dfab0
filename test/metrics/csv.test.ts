import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { metricsToCsv } from '../../pipeline/metrics/csv.js';
import { computeMetrics, type Metrics } from '../../pipeline/metrics/index.js';
import { sample } from './fixtures.js';

const m = computeMetrics(sample(), { year: 2021, previous: 2014 });

describe('metricsToCsv', () => {
  const text = metricsToCsv(m);
  const lines = text.split('\n');

  it('writes the header and one row per entity metric, LF-terminated', () => {
    expect(lines[0]).toBe(
      'indicator,entity,entity_type,sex,baseline_year,baseline,baseline_fallback,current_year,current,current_is_latest_available,' +
        'change,relative_change,annualised_change,status,target_progress,previous_year,previous,change_since_previous,' +
        'baseline_flag,current_flag,illustrative,sources',
    );
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toContain('\r');
    expect(lines.length).toBe(m.entities.length + 2);
  });

  it('writes stored numbers as they are and null as an empty cell', () => {
    expect(lines[1]).toBe(
      'seized,AFG,country,total,2014,100,false,2021,150,false,50,0.5,0.059634022667,improved,,2014,100,50,,provisional,false,' +
        'baseline=data/observations/pillar-1.csv:2 current=data/observations/pillar-1.csv:3 previous=data/observations/pillar-1.csv:2',
    );
    expect(lines[3]).toBe(
      'seized,CAN,country,total,2014,25,false,,,false,,,,no-current-data,,2014,25,,,,false,' +
        'baseline=data/observations/pillar-1.csv:28 previous=data/observations/pillar-1.csv:28',
    );
  });

  it('reads back with a CSV parser into the same figures', () => {
    const records = parse(text, { columns: true }) as Record<string, string>[];
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
    expect(metricsToCsv(odd).split('\n')[1]).toMatch(/^seized,"A,""B""",country,/);
  });
});
