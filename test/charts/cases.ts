/** The chart requests the golden and smoke tests share, one per case, on the fixture data. */
import type { ChartRequest } from '../../pipeline/charts/index.js';

const base = { title: 'T', description: 'D.' };
export const GOLDEN_CASES: Record<string, ChartRequest> = {
  'baseline-current': { ...base, id: 'g1', kind: 'baseline-current', indicator: 'seizures' },
  'baseline-current-entities': { ...base, id: 'g2', kind: 'baseline-current', indicator: 'coverage', entities: ['AFG', 'ALB', 'PAK', 'SRB'] },
  'time-series': { ...base, id: 'g3', kind: 'time-series', indicator: 'seizures' },
  'time-series-organizations': { ...base, id: 'g4', kind: 'time-series', indicator: 'alerts', scale: 'shared', columns: 3 },
  'status-by-pillar': { ...base, id: 'g5', kind: 'status-by-pillar' },
  'status-by-pillar-I': { ...base, id: 'g6', kind: 'status-by-pillar', pillar: 'I' },
  'partner-map': { ...base, id: 'g7', kind: 'partner-map' },
  'partner-map-status-see': { ...base, id: 'g8', kind: 'partner-map', colorBy: 'status', indicator: 'seizures', focus: 'RP SEE' },
  'coverage-grid': { ...base, id: 'g9', kind: 'coverage-grid' },
  'ewg-timeline': { ...base, id: 'g10', kind: 'ewg-timeline' },
  custom: {
    ...base,
    id: 'g11',
    kind: 'custom',
    spec: {
      data: { name: 'aggregates' },
      transform: [{ filter: "datum.indicator === 'seizures' && datum.group_type === 'programme'" }],
      mark: 'bar',
      encoding: { y: { field: 'group', type: 'nominal' }, x: { field: 'current', type: 'quantitative' } },
    },
  },
};

