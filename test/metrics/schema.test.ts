import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../pipeline/metrics/index.js';
import { sample } from './fixtures.js';
import { realDataset } from './real.js';

type Node = { type?: unknown; properties?: Record<string, Node>; required?: string[]; additionalProperties?: unknown; [k: string]: unknown };
const schema = JSON.parse(readFileSync(new URL('../../schemas/metrics.schema.json', import.meta.url), 'utf8')) as Node;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

const errorsOf = (value: unknown): string[] =>
  validate(JSON.parse(JSON.stringify(value))) ? [] : (validate.errors ?? []).slice(0, 10).map((e) => `${e.instancePath} ${e.message ?? ''}`);

/** Every object schema in the document, with its JSON pointer. */
function objectSchemas(node: unknown, at = '#'): [string, Node][] {
  if (node === null || typeof node !== 'object') return [];
  const here: [string, Node][] = (node as Node).type === 'object' ? [[at, node as Node]] : [];
  return [...here, ...Object.entries(node).flatMap(([k, v]) => objectSchemas(v, `${at}/${k}`))];
}

describe('schemas/metrics.schema.json', () => {
  it('describes every object exactly: no extra keys, every key required (but the optional sources)', () => {
    const objects = objectSchemas(schema);
    expect(objects.length).toBeGreaterThan(8);
    for (const [at, node] of objects) {
      expect(node.additionalProperties, at).toBe(false);
      const keys = Object.keys(node.properties ?? {});
      if (at === '#/$defs/entityMetric/properties/sources') expect(node.required, at).toBeUndefined();
      else expect(node.required, at).toEqual(keys);
    }
  });

  it('accepts the metrics of the sample, in every edition shape', () => {
    expect(errorsOf(computeMetrics(sample(), { year: 2021, previous: 2014 }))).toEqual([]);
    expect(errorsOf(computeMetrics(sample(), { year: 2014 }))).toEqual([]);
  });

  it('accepts the metrics of the real 2014 and 2021 editions', () => {
    const dataset = realDataset();
    expect(errorsOf(computeMetrics(dataset, { year: 2014 }))).toEqual([]);
    expect(errorsOf(computeMetrics(dataset, { year: 2021, previous: 2014 }))).toEqual([]);
  });

  it('rejects what metrics.json must never hold', () => {
    const good = computeMetrics(sample(), { year: 2021, previous: 2014 });
    const row = good.entities[0]!;
    const bad = (patch: Record<string, unknown>): string[] => errorsOf({ ...good, entities: [{ ...row, ...patch }] });
    expect(bad({ change: '50' })).not.toEqual([]);
    expect(bad({ extra: 1 })).not.toEqual([]);
    expect(bad({ status: 'better' })).not.toEqual([]);
    const { relative_change: _, ...missing } = row;
    expect(errorsOf({ ...good, entities: [missing] })).not.toEqual([]);
  });
});
