import { describe, expect, it } from 'vitest';
import { changedSections, splitReport } from '../../pipeline/preview/parts.js';
import { builtReport } from '../html/report.js';

const page = (sections: string[], title = 'T') =>
  `<!doctype html><html><head><title>${title}</title></head><body><div class="layout"><nav>x</nav><main id="main">${sections.join('')}</main></div></body></html>`;

describe('splitReport', () => {
  it('cuts <main> into its children, whatever they hold', () => {
    const tricky = [
      '<header class="cover" id="cover"><h1 title="a > b">Cover</h1><!-- </header> --></header>',
      '<section id="one"><section id="inner"><p>x<br>y</p></section><svg><path d="M0 0"/><style>a>b{}</style></svg></section>',
      '<section id="two" data-x=\'1\'><script>if (a < b) document.write("</section>")</script><![CDATA[ </section> ]]><img src="data:,"></section>',
    ];
    const html = page(tricky);
    const parts = splitReport(html);
    expect(parts?.sections).toEqual([
      { id: 'cover', html: tricky[0] },
      { id: 'one', html: tricky[1] },
      { id: 'two', html: tricky[2] },
    ]);
    expect(parts!.before + parts!.sections.map((s) => s.html).join('') + parts!.after).toBe(html);
  });

  it('gives no cut for what it does not expect', () => {
    expect(splitReport('<html><body><p>no main</p></body></html>')).toBeUndefined();
    expect(splitReport(page(['<section>no id</section>']))).toBeUndefined();
    expect(splitReport(page(['text between', '<section id="a"></section>']))).toBeUndefined();
    expect(splitReport(page(['<section id="a"><div></section>']))).toBeUndefined();
  });

  it('cuts the sample report into its cover, front matter, chapters and annexes', async () => {
    const { html } = await builtReport(2021, 'draft');
    const parts = splitReport(html);
    expect(parts?.sections.map((s) => s.id)).toEqual(expect.arrayContaining(['draft-problems', 'cover', 'contents', 'introduction', 'pillar-1', 'conclusions', 'glossary']));
    expect(parts!.before + parts!.sections.map((s) => s.html).join('') + parts!.after).toBe(html);
    expect(parts!.after.startsWith('</main>')).toBe(true);
  });
});

describe('changedSections', () => {
  const a = splitReport(page(['<section id="x">1</section>', '<section id="y">2</section>']));

  it('lists the sections that differ, none for the same report', () => {
    expect(changedSections(a, splitReport(page(['<section id="x">1</section>', '<section id="y">3</section>'])))).toEqual([{ id: 'y', html: '<section id="y">3</section>' }]);
    expect(changedSections(a, a)).toEqual([]);
  });

  it('gives up when more than the sections changed', () => {
    expect(changedSections(a, splitReport(page(['<section id="x">1</section>', '<section id="y">2</section>'], 'New title')))).toBeUndefined();
    expect(changedSections(a, splitReport(page(['<section id="x">1</section>'])))).toBeUndefined();
    expect(changedSections(a, splitReport(page(['<section id="y">2</section>', '<section id="x">1</section>'])))).toBeUndefined();
    expect(changedSections(undefined, a)).toBeUndefined();
  });
});
