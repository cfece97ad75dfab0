import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepare } from '../../pipeline/build.js';
import { whatChanged } from '../../pipeline/diff/index.js';
import type { Project } from '../../pipeline/project.js';
import { changeTracker, type ChangeTracker } from '../../pipeline/preview/changes.js';
import { appendParagraph, copyProject, removeProject, replaceIn } from './project.js';

describe('changeTracker', () => {
  let project: Project;
  let tracker: ChangeTracker;
  const prepared = () => {
    const outcome = prepare(project, { edition: 2021 });
    if (!outcome.edition || !outcome.metrics) throw new Error('the 2021 edition cannot be prepared');
    return { edition: outcome.edition, metrics: outcome.metrics };
  };

  beforeAll(() => {
    project = copyProject();
    tracker = changeTracker(project);
  });
  afterAll(() => removeProject(project));

  it('gives what whatChanged gives', () => {
    const { edition, metrics } = prepared();
    const kept = tracker.whatChanged(edition, metrics);
    expect(kept.diff?.text.length).toBeGreaterThan(0);
    expect(kept).toEqual(whatChanged(project, edition, metrics));
  });

  it('still does after a chapter edit, comparing only that chapter again', () => {
    const { edition, metrics } = prepared();
    tracker.whatChanged(edition, metrics);
    appendParagraph(project, 'content/2021/pillar-1.md', 'A sentence added in the preview.');
    const kept = tracker.whatChanged(edition, metrics);
    expect(JSON.stringify(kept)).toContain('A sentence added in the preview.');
    expect(kept).toEqual(whatChanged(project, edition, metrics));
  });

  it('still does after a chapter title changes, and after forgetting', () => {
    const { edition, metrics } = prepared();
    replaceIn(project, 'content/2021/conclusions.md', 'title: ', 'title: Renamed: ');
    expect(tracker.whatChanged(edition, metrics)).toEqual(whatChanged(project, edition, metrics));
    tracker.forget();
    expect(tracker.whatChanged(edition, metrics)).toEqual(whatChanged(project, edition, metrics));
  });
});
