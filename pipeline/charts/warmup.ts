/**
 * Small charts each render worker draws as soon as it starts, before any real chart: one of
 * each shape the built-in kinds use (layered points, rules and text; stacked bars; a grid of
 * rects; faceted lines; shapes). V8 compiles vega's code per thread, and on two cores a cold
 * thread renders two to three times slower than a warm one, so warming up while the main thread
 * still validates data and computes metrics (see `prestartChartWorkers`) saves that time later.
 * Their output is thrown away.
 */
import type { RenderTask } from './task.js';
import { themeConfig } from './theme.js';

const rows = [
  { a: 'A', b: 1, c: 2, s: 'x', y: 2012 },
  { a: 'B', b: 3, c: 1, s: 'y', y: 2013 },
  { a: 'C', b: 2, c: 4, s: 'x', y: 2014 },
];

const square = { type: 'Feature', properties: {}, category: 'x', geometry: { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]] } };

/** The warm-up tasks. */
export function warmupTasks(): RenderTask[] {
  const config = themeConfig();
  const task = (id: string, spec: Record<string, unknown>): RenderTask => ({ id, title: id, description: id, spec: { config, ...spec } });
  return [
    task('warm-layers', {
      data: { values: rows },
      encoding: { y: { field: 'a', type: 'nominal' } },
      layer: [
        { mark: 'rule', encoding: { x: { field: 'b', type: 'quantitative', scale: { type: 'symlog' } }, x2: { field: 'c' } } },
        {
          transform: [{ fold: ['b', 'c'], as: ['k', 'v'] }, { calculate: 'datum.k', as: 'z' }],
          mark: { type: 'point', filled: true },
          encoding: { x: { field: 'v', type: 'quantitative' }, fill: { field: 'z', type: 'nominal' }, shape: { field: 'z', type: 'nominal' } },
        },
        { mark: { type: 'text', dx: 8 }, encoding: { x: { value: 100 }, text: { field: 's' } } },
      ],
    }),
    task('warm-bars', {
      data: { values: rows },
      layer: [
        { mark: 'bar', encoding: { y: { field: 'a', type: 'nominal' }, x: { field: 'b', type: 'quantitative' }, x2: { field: 'c' }, fill: { field: 's', type: 'nominal' } } },
        { transform: [{ filter: 'false' }], mark: 'point', encoding: { y: { field: 'a', type: 'nominal' }, x: { field: 'b', type: 'quantitative' }, shape: { field: 's', type: 'nominal' } } },
      ],
    }),
    task('warm-grid', {
      data: { values: rows },
      encoding: { x: { field: 'a', type: 'nominal', axis: { orient: 'top', labelAngle: -90 } }, y: { field: 's', type: 'nominal' } },
      layer: [
        { mark: 'rect', encoding: { fill: { field: 'b', type: 'nominal' } } },
        { mark: 'text', encoding: { text: { field: 'c' }, fill: { condition: { test: 'datum.b > 1', value: 'white' }, value: 'black' } } },
      ],
    }),
    task('warm-facets', {
      data: { values: rows },
      facet: { field: 's', type: 'nominal', header: { labelExpr: "['', datum.value]" } },
      columns: 2,
      spec: {
        width: 80,
        height: 40,
        layer: [
          { mark: { type: 'line', invalid: 'break-paths-show-domains' }, encoding: { x: { field: 'y', type: 'quantitative' }, y: { field: 'b', type: 'quantitative' } } },
          { mark: 'point', encoding: { x: { field: 'y', type: 'quantitative' }, y: { field: 'b', type: 'quantitative' }, shape: { field: 'a', type: 'nominal' } } },
        ],
      },
      resolve: { scale: { y: 'independent' } },
    }),
    task('warm-shapes', {
      width: 50,
      height: 50,
      projection: { type: 'identity', scale: 1, translate: [0, 0] },
      layer: [
        { data: { name: 'shapes' }, mark: 'geoshape', encoding: { fill: { field: 'category', type: 'nominal' } } },
        { data: { values: [{ x: 5, y: 5, t: 'A' }] }, mark: 'text', encoding: { longitude: { field: 'x', type: 'quantitative' }, latitude: { field: 'y', type: 'quantitative' }, text: { field: 't' } } },
      ],
      datasets: { shapes: [square] },
    }),
  ];
}
