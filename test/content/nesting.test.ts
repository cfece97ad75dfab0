/**
 * Chapters nested thousands deep, or with delimiter runs thousands long: each is a located message,
 * the rest of the chapter is kept, and nothing overflows the stack or keeps the parser for minutes
 * (each case here ran for minutes or crashed before the guard).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../pipeline/check.js';
import { parseMarkdown } from '../../pipeline/content/parse.js';
import { openProject } from '../../pipeline/project/index.js';
import { copyProject, removeProject } from '../publish/helpers.js';

const lead = '# Title\n\nA paragraph kept.\n\n';

describe('parseMarkdown on hostile nesting', () => {
  const cases: [string, string, { line: number; column: number }][] = [
    ['10,000 nested quotes', `${'> '.repeat(10000)}deep\n`, { line: 5, column: 129 }],
    ['10,000 nested divs', `${'<div>'.repeat(10000)}deep${'</div>'.repeat(10000)}\n`, { line: 5, column: 1 }],
    ['3,000 nested list items', Array.from({ length: 3000 }, (_, i) => `${' '.repeat(2 * i)}- item\n`).join(''), { line: 69, column: 129 }],
    ['3,000 list markers on one line', `${'- '.repeat(3000)}x\n`, { line: 5, column: 129 }],
    ['100 nested quotes', `${'> '.repeat(100)}deep\n`, { line: 5, column: 129 }],
  ];
  for (const [name, text, place] of cases) {
    it(`${name}: cut and located, the text before kept`, () => {
      const parsed = parseMarkdown(`${lead}${text}`);
      expect(parsed.tooDeep).toEqual(place);
      expect(parsed.tree.children.slice(0, 2).map((n) => n.type)).toEqual(['heading', 'paragraph']);
    });
  }

  it('a run of 20,000 asterisks: the line left out and located', () => {
    const parsed = parseMarkdown(`${lead}Some *${'*'.repeat(20000)}x${'*'.repeat(20000)} text\n\nAfter.\n`);
    expect(parsed.longRun).toEqual({ line: 5, column: 6, length: 20001 });
    expect(parsed.tree.children.map((n) => n.type)).toEqual(['heading', 'paragraph', 'paragraph']);
  });

  it('an HTML comment never closed: located, since it would hide the rest of the chapter', () => {
    expect(parseMarkdown(`${lead}Text.\n\n<!-- a note to the editor\n\n## Hidden heading\n`).openComment).toEqual({ line: 7, column: 1 });
    expect(parseMarkdown(`${lead}<!-- closed -->\n\nText <!-- inline, closed --> here.\n`)).not.toHaveProperty('openComment');
  });

  it('leaves fenced code alone, however long its runs (a chart\'s JSON is checked by the chart stage)', () => {
    const parsed = parseMarkdown(`${lead}\`\`\`json\n${'['.repeat(20000)}${']'.repeat(20000)}\n\`\`\`\n`);
    expect(parsed).not.toHaveProperty('longRun');
    expect(parsed.tree.children.at(-1)).toMatchObject({ type: 'code', lang: 'json' });
  });

  it('leaves a chapter of ordinary depth alone', () => {
    const parsed = parseMarkdown(`${lead}> quote\n>\n> - item\n>   - nested\n\n<div><p>html</p></div>\n`);
    expect(parsed).not.toHaveProperty('tooDeep');
    expect(parsed).not.toHaveProperty('longRun');
  });
});

describe('validate on a chapter nested too deep', () => {
  const project = copyProject('vdr-nesting-');
  afterAll(() => removeProject(project));

  it('reports it at its place, and the rest of the project as usual', () => {
    const file = join(project.root, 'content/2021/conclusions.md');
    const before = readFileSync(file, 'utf8');
    const line = before.split('\n').length + 1;
    writeFileSync(file, `${before}\n${'<div>'.repeat(10000)}x\n\n${'> '.repeat(10000)}y\n\n**${'_'.repeat(5000)}**\n\n<!-- unclosed\n`);
    const messages = checkProject(openProject(project)).messages.filter((m) => m.file === 'content/2021/conclusions.md');
    expect(messages.map((m) => `${m.ruleId} ${m.place?.line}:${m.place?.column}`)).toEqual([
      `content/unclosed-comment ${line + 6}:1`,
      `content/too-deep ${line + 2}:129`,
      `content/long-run ${line + 4}:3`,
    ]);
  });
});
