/** The opened project: each part is made once, on first use, timed; reopening reads again what a change may have touched. */
import { describe, expect, it } from 'vitest';
import { openProject } from '../../pipeline/project/index.js';
import { prepare } from '../../pipeline/project/prepare.js';
import { ROOT } from '../metrics/real.js';

describe('openProject', () => {
  it('reads nothing until asked, then makes each part once and times it', () => {
    const seen: string[] = [];
    const project = openProject(ROOT, { edition: 2014, onStage: (stage) => seen.push(stage) });
    expect(seen).toEqual([]);
    const first = prepare(project);
    expect(first.edition?.year).toBe(2014);
    expect(seen).toEqual(['schemas', 'validate', 'editions', 'metrics']);
    // Everything asked again is what was made: the same objects, no stage run twice.
    const again = prepare(project);
    expect(again.dataset).toBe(first.dataset);
    expect(again.metrics).toBe(first.metrics);
    expect(project.schemas()).toBe(project.schemas());
    expect(seen).toEqual(['schemas', 'validate', 'editions', 'metrics']);
    // Another edition computes its own metrics over the same data.
    const other = prepare(project, 2021);
    expect(other.dataset?.observations).toBe(first.dataset?.observations);
    expect(other.metrics?.edition).toEqual({ year: 2021, previous: 2014 });
    expect(seen).toEqual(['schemas', 'validate', 'editions', 'metrics', 'metrics']);
    expect(project.times.timings.map(([stage]) => stage)).toEqual(seen);
  });

  it('picks the edition asked for, else the newest, and says why when there is none', () => {
    expect(openProject(ROOT).edition()).toMatchObject({ year: 2021 });
    expect(openProject(ROOT, { edition: 2014 }).edition()).toMatchObject({ year: 2014 });
    expect(openProject(ROOT).edition(2019)).toBe('there is no 2019 edition; the editions are 2014, 2021');
    expect(prepare(openProject(ROOT, { edition: 2019 })).refusal).toEqual({ reason: 'there is no 2019 edition; the editions are 2014, 2021', exit: 2 });
  });

  it('reopened after a data change keeps the schemas and reads the data again; after a schema change, everything', () => {
    const project = openProject(ROOT);
    const validation = project.validation();
    const data = project.reopen('data');
    expect(data.schemas()).toBe(project.schemas());
    expect(data.validation()).not.toBe(validation);
    expect(data.validation().dataset?.observations.length).toBe(validation.dataset?.observations.length);
    expect(project.reopen('schemas').schemas()).not.toBe(project.schemas());
    expect(data.chosen).toBe(project.chosen);
  });
});
