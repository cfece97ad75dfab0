import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whatChanged } from '../../pipeline/diff/index.js';
import { openProject, type ProjectPaths } from '../../pipeline/project/index.js';
import { prepare } from '../../pipeline/project/prepare.js';
import { changeTracker, type ChangeTracker } from '../../pipeline/preview/changes.js';
import { appendParagraph, copyProject, removeProject, replaceIn } from './project.js';

describe('changeTracker', () => {
  let project: ProjectPaths;
  let tracker: ChangeTracker;
  const prepared = () => {
    const opened = openProject(project, { edition: 2021 });
    const outcome = prepare(opened);
    if (!outcome.edition || !outcome.metrics) throw new Error('the 2021 edition cannot be prepared');
    return { opened, edition: outcome.edition, metrics: outcome.metrics };
  };

  beforeAll(() => {
    project = copyProject();
    tracker = changeTracker();
  });
  afterAll(() => removeProject(project));

  it('gives what whatChanged gives', () => {
    const { opened, edition, metrics } = prepared();
    const kept = tracker.whatChanged(opened, edition, metrics);
    expect(kept.diff?.text.length).toBeGreaterThan(0);
    expect(kept).toEqual(whatChanged(opened, edition, metrics));
  });

  it('still does after a chapter edit, comparing only that chapter again', () => {
    const { opened, edition, metrics } = prepared();
    tracker.whatChanged(opened, edition, metrics);
    appendParagraph(project, 'content/2021/pillar-1.md', 'A sentence added in the preview.');
    const kept = tracker.whatChanged(opened, edition, metrics);
    expect(JSON.stringify(kept)).toContain('A sentence added in the preview.');
    expect(kept).toEqual(whatChanged(opened, edition, metrics));
  });

  it('still does after a chapter title changes, and after forgetting', () => {
    const { opened, edition, metrics } = prepared();
    replaceIn(project, 'content/2021/conclusions.md', 'title: ', 'title: Renamed: ');
    expect(tracker.whatChanged(opened, edition, metrics)).toEqual(whatChanged(opened, edition, metrics));
    tracker.forget();
    expect(tracker.whatChanged(opened, edition, metrics)).toEqual(whatChanged(opened, edition, metrics));
  });
});
