import { toHtml } from 'hast-util-to-html';
import { defaultSchema } from 'rehype-sanitize';
import { describe, expect, it } from 'vitest';
import { SANITIZE_SCHEMA } from '../../pipeline/content/sanitize.js';
import { chapter, compileChapters } from './compile.js';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('the sanitising schema', () => {
  it('adds to GitHub\'s schema only the placeholder attribute of generated content', () => {
    const added: string[] = [];
    for (const [tag, attributes] of Object.entries(SANITIZE_SCHEMA.attributes ?? {})) {
      const before = new Set((defaultSchema.attributes?.[tag] ?? []).map((a) => JSON.stringify(a)));
      for (const attribute of attributes) if (!before.has(JSON.stringify(attribute))) added.push(`${tag} ${JSON.stringify(attribute)}`);
    }
    expect(added.filter((a) => !a.startsWith('img '))).toEqual(['div "dataVdrSlot"', 'span "dataVdrSlot"']);
    expect(SANITIZE_SCHEMA.tagNames?.filter((t) => !defaultSchema.tagNames?.includes(t))).toEqual([]);
  });

  it('keeps links to the web and inline raster images, and nothing that loads', () => {
    const result = compileChapters({
      'c.md': chapter(`[UNODC](https://www.unodc.org/) <a href="mailto:ppcu@example.org">mail</a> ![A dot](${PNG}) <span id="note">n</span> [to the note](#note)`),
    });
    expect(result.messages).toEqual([]);
    const html = toHtml(result.document.chapters[0]!.tree);
    expect(html).toContain('<a href="https://www.unodc.org/">UNODC</a>');
    expect(html).toContain('<a href="mailto:ppcu@example.org">mail</a>');
    expect(html).toContain(`<img src="${PNG}" alt="A dot">`);
    expect(html).toContain('<span id="user-content-test-note">n</span> <a href="#user-content-test-note">to the note</a>');
  });

  it('scopes footnotes to their chapter, so two chapters\' notes never share an id', () => {
    const result = compileChapters({
      'a.md': chapter('A claim.[^1]\n\n[^1]: The first note.', 'id: a\ntitle: A'),
      'b.md': chapter('Another.[^1]\n\n[^1]: Another note.', 'id: b\ntitle: B'),
    });
    expect(result.messages).toEqual([]);
    const a = toHtml(result.document.chapters[0]!.tree);
    const b = toHtml(result.document.chapters[1]!.tree);
    expect(a).toContain('href="#user-content-a-fn-1" id="user-content-a-fnref-1"');
    expect(a).toContain('<li id="user-content-a-fn-1">');
    expect(a).toContain('aria-describedby="user-content-a-footnote-label"');
    expect(a).toContain('<h2 class="sr-only" id="user-content-a-footnote-label">Notes</h2>');
    expect(b).toContain('<li id="user-content-b-fn-1">');
    expect(b).toContain('href="#user-content-b-fnref-1"');
  });
});

describe('an author\'s tables', () => {
  it('sit in a keyboard-scrollable region, as the generated ones do', () => {
    const result = compileChapters({ 'c.md': chapter('| Country | Note |\n| --- | --- |\n| Albania | x |\n\n::pillar-table[Pillar I]{#tab-i pillar=I}') });
    expect(result.messages).toEqual([]);
    const html = toHtml(result.document.chapters[0]!.tree);
    expect(html).toContain('<div class="table-scroll author-table" role="region" tabindex="0" aria-label="Table"><table>');
    expect(html.match(/class="table-scroll/g)).toHaveLength(2);
  });
});
