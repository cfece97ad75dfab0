/**
 * The custom Vega-Lite block: every problem at the line and column where the author wrote it,
 * in the Markdown file (the block starts on line 20 here); URLs, files, links and typed-in
 * figures refused; unknown datasets named with a suggestion; a valid block passes and renders.
 */
import { describe, expect, it } from 'vitest';
import { renderCharts, validateCustomSpec } from '../../pipeline/charts/index.js';
import { parseJsonSource } from '../../pipeline/charts/json-source.js';
import { fixtureContext } from './fixture.js';

const FILE = 'content/2021/pillar-1.md';
const START = 20;
const check = (text: string) => validateCustomSpec(text, FILE, START);
const where = (text: string) => check(text).messages.map((m) => [m.ruleId, m.place?.line, m.place?.column, m.value ?? null]);

const block = (lines: string[]): string => lines.join('\n');

describe('validateCustomSpec', () => {
  it('accepts a valid chart on a named dataset', () => {
    const result = check(
      block([
        '{',
        '  "data": {"name": "metrics"},',
        '  "transform": [{"filter": "datum.indicator === \'seizures\'"}],',
        '  "mark": "point",',
        '  "encoding": {"x": {"field": "baseline", "type": "quantitative"}, "y": {"field": "current", "type": "quantitative"}}',
        '}',
      ]),
    );
    expect(result.messages).toEqual([]);
    expect(result.spec).toMatchObject({ mark: 'point' });
  });

  it('locates JSON syntax errors', () => {
    expect(where(block(['{', '  "mark": "bar",', '  "data": {"name": "metrics"},', '}']))).toEqual([['chart/json-syntax', 22, 30, null]]);
    expect(where(block(['{', '  "mark": \'bar\'', '}']))).toEqual([['chart/json-syntax', 21, 11, null]]);
    expect(where(block(['{', '  "mark": "bar"', '  "data": {"name": "metrics"}', '}']))).toEqual([['chart/json-syntax', 22, 3, null]]);
    expect(where('{"mark": "bar", "data": {"name": "metrics"}} x')).toEqual([['chart/json-syntax', 20, 46, null]]);
    expect(where('[1, 2]')).toEqual([['chart/not-object', 20, 1, null]]);
  });

  it('refuses a URL anywhere, and says what to do instead', () => {
    const result = check(block(['{', '  "mark": "bar",', '  "data": {"url": "https://example.org/figures.csv"}', '}']));
    expect(result.spec).toBeUndefined();
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({
      file: FILE,
      place: { line: 22, column: 12 },
      severity: 'error',
      ruleId: 'chart/url',
      value: 'https://example.org/figures.csv',
    });
    expect(result.messages[0]!.fix).toContain('"data": { "name": "observations" }');
    expect(where(block(['{', '  "mark": "image",', '  "data": {"name": "countries"},', '  "encoding": {"url": {"value": "file:///etc/passwd"}}', '}']))).toEqual([
      ['chart/url', 23, 16, null],
    ]);
    expect(where(block(['{', '  "mark": {"type": "bar", "href": "https://example.org"},', '  "data": {"name": "countries"}', '}']))[0]).toEqual([
      'chart/url',
      21,
      27,
      'https://example.org',
    ]);
  });

  it('refuses figures typed into the block', () => {
    expect(where(block(['{', '  "mark": "bar",', '  "data": {"values": [{"a": 1}]}', '}']))).toEqual([['chart/inline-values', 22, 12, null]]);
    expect(where(block(['{', '  "mark": "bar",', '  "data": {"name": "metrics"},', '  "datasets": {"x": []}', '}']))).toEqual([['chart/inline-values', 23, 3, null]]);
  });

  it('names unknown datasets, with a suggestion, also inside layers and lookups', () => {
    const result = check(
      block([
        '{',
        '  "layer": [',
        '    {"data": {"name": "metrix"}, "mark": "bar"},',
        '    {"data": {"name": "countries"}, "mark": "point",',
        '     "transform": [{"lookup": "iso3", "from": {"data": {"name": "secret"}, "key": "iso3"}}]}',
        '  ]',
        '}',
      ]),
    );
    expect(result.messages.map((m) => [m.ruleId, m.place?.line, m.place?.column, m.value])).toEqual([
      ['chart/unknown-dataset', 22, 23, 'metrix'],
      ['chart/unknown-dataset', 24, 65, 'secret'],
    ]);
    expect(result.messages[0]!.reason).toContain('did you mean metrics?');
  });

  it('requires data', () => {
    expect(where('{"mark": "bar"}')).toEqual([['chart/no-data', 20, 1, null]]);
  });

  it("checks against Vega-Lite's schema, pointing at the value or the property", () => {
    const typo = check(block(['{', '  "data": {"name": "metrics"},', '  "mark": "bar",', '  "encoding": {', '    "colr": {"field": "status", "type": "nominal"}', '  }', '}']));
    expect(typo.messages.map((m) => [m.ruleId, m.place?.line, m.place?.column, m.value])).toEqual([['chart/unknown-property', 24, 5, 'colr']]);
    expect(typo.messages[0]!.reason).toBe('Vega-Lite has no property colr in encoding; did you mean color?');

    const value = check(block(['{', '  "data": {"name": "metrics"},', '  "mark": "bar",', '  "encoding": {"x": {"field": "change", "type": "quantitativ"}}', '}']));
    expect(value.messages.map((m) => [m.ruleId, m.place?.line, m.place?.column, m.value])).toEqual([['chart/value', 23, 49, 'quantitativ']]);
    expect(value.messages[0]!.reason).toContain('did you mean quantitative?');

    const mark = check(block(['{', '  "data": {"name": "metrics"},', '  "mark": "bars"', '}']));
    expect(mark.messages.map((m) => [m.ruleId, m.place?.line, m.place?.column])).toEqual([['chart/value', 22, 11]]);

    const type = check(block(['{', '  "data": {"name": "metrics"},', '  "mark": {"type": "bar", "opacity": "half"}', '}']));
    expect(type.messages.map((m) => [m.ruleId, m.place?.line, m.place?.column])).toEqual([['chart/type', 22, 38]]);
  });

  it("reports the schema's other limits, a missing property, and what only compiling finds", () => {
    expect(where(block(['{', '  "data": {"name": "metrics"},', '  "mark": {"type": "bar", "opacity": 2}', '}']))).toEqual([['chart/schema', 22, 38, null]]);
    expect(where(block(['{', '  "data": {"name": "metrics"},', '  "facet": {"row": {"field": "a"}},', '  "spec": {"facet": {"row": {"field": "b"}}, "spec": {"mark": "bar"}}', '}']))).toEqual([['chart/missing-property', 23, 11, null]]);
    // An expression vega cannot read is placed at the expression itself.
    expect(where(block(['{', '  "data": {"name": "metrics"},', '  "mark": "bar",', '  "transform": [{"calculate": "datum.(", "as": "b"}]', '}']))).toEqual([['chart/expression', 23, 31, 'datum.(']]);
    // A reference Vega cannot resolve that is no expression: said at the block.
    expect(
      where(block(['{', '  "data": {"name": "metrics"},', '  "mark": "bar",', '  "encoding": {"x": {"field": "current", "type": "quantitative", "scale": {"domain": {"param": "nope"}}}}', '}'])).map(([rule]) => rule),
    ).toEqual(['chart/compile']);
  });

  it('honours the column the block starts at', () => {
    const result = validateCustomSpec('{"mark": "bar", "data": {"url": "x.csv"}}', FILE, 5, { startColumn: 5 });
    expect(result.messages[0]!.place).toEqual({ line: 5, column: 30 });
  });

  it('gives a spec that renders on the project data', async () => {
    const result = check('{"data": {"name": "countries"}, "mark": "bar", "encoding": {"x": {"aggregate": "count", "type": "quantitative"}, "y": {"field": "priority_programme", "type": "nominal"}}}');
    expect(result.messages).toEqual([]);
    const [figure] = await renderCharts([{ id: 'c1', kind: 'custom', title: 'Partners by programme', description: 'Counts.', spec: result.spec! }], fixtureContext(), { workers: 0 });
    expect(figure!.svg).toContain('role="img"');
    expect(figure!.table.columns).toEqual(['priority_programme', 'count']);
    const partners = fixtureContext().dataset.reference.countries;
    expect(figure!.table.rows).toEqual(
      ['RP ANC', 'RP SEE', 'none'].map((p) => [p, partners.filter((c) => c.priority_programme === p).length]),
    );
  });
});

describe('parseJsonSource', () => {
  it('records the place of every value and key', () => {
    const parsed = parseJsonSource('{\n  "a": [1, {"b": true}],\n  "c/d": null\n}');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual({ a: [1, { b: true }], 'c/d': null });
    expect(parsed.places.get('/a/1/b')).toEqual({ value: { line: 2, column: 18 }, key: { line: 2, column: 13 } });
    expect(parsed.places.get('/c~1d')).toEqual({ value: { line: 3, column: 10 }, key: { line: 3, column: 3 } });
  });

  it('reads what JSON.parse reads', () => {
    for (const text of ['"x\\u00e9\\n"', '-0.5e3', '[]', '{}', '[true,false,null]', '{"a":{"b":[1,2,{"c":"d"}]}}']) {
      const parsed = parseJsonSource(text);
      expect(parsed.ok && parsed.value).toEqual(JSON.parse(text));
    }
  });

  it('refuses what JSON.parse refuses', () => {
    for (const text of ['', '{a: 1}', "{'a': 1}", '[1,]', '{"a": 1,}', '01', '"a\nb"', 'tru', '{"a" 1}', '[1 2]', 'NaN']) {
      expect(() => JSON.parse(text)).toThrow();
      expect(parseJsonSource(text).ok, text).toBe(false);
    }
  });
});
