import { describe, expect, it } from 'vitest';
import { isEditorScratch, scopeOf, widest } from '../../pipeline/preview/scope.js';

describe('scopeOf', () => {
  const edition = 'content/2021';

  it('redoes only the content for a chapter of the edition shown, and for the references', () => {
    expect(scopeOf('content/2021/pillar-1.md', edition)).toBe('chapters');
    expect(scopeOf('content/references.yaml', edition)).toBe('chapters');
  });

  it('reads the side compared with again for another edition\'s chapters', () => {
    expect(scopeOf('content/2014/pillar-1.md', edition)).toBe('content');
    expect(scopeOf('content/2021/pillar-1.md', undefined)).toBe('content');
  });

  it('validates again for data, an edition.yaml or an edition directory', () => {
    expect(scopeOf('data/observations/pillar-1.csv', edition)).toBe('data');
    expect(scopeOf('data/datasets.yaml', edition)).toBe('data');
    expect(scopeOf('content/2021/edition.yaml', edition)).toBe('data');
    expect(scopeOf('content/2022', edition)).toBe('data');
  });

  it('loads the schemas again for a schema', () => {
    expect(scopeOf('schemas/observations.schema.json', edition)).toBe('schemas');
  });

  it('ignores editor scratch files and paths outside the inputs', () => {
    for (const path of ['content/2021/.pillar-1.md.swp', 'content/2021/pillar-1.md~', 'content/2021/.#pillar-1.md', 'content/2021/4913', 'data/x.csv___jb_tmp___', 'output/2021/build/report.html', 'content/2021/']) {
      expect(scopeOf(path, edition), path).toBeUndefined();
    }
  });
});

describe('widest', () => {
  it('keeps the widest scope of a batch', () => {
    expect(widest(undefined, 'chapters')).toBe('chapters');
    expect(widest('chapters', 'data')).toBe('data');
    expect(widest('schemas', 'content')).toBe('schemas');
  });
});

describe('isEditorScratch', () => {
  it('knows vim, Emacs, backup and JetBrains files, and nothing a project holds', () => {
    expect(['a.md.swp', 'a.md.swo', 'a~', '.#a.md', '4913', '.hidden'].every(isEditorScratch)).toBe(true);
    expect(['pillar-1.md', 'edition.yaml', 'countries.csv', 'swap.md'].some(isEditorScratch)).toBe(false);
  });
});
