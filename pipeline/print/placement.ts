/**
 * Where figures and tables go in the print. A figure or table is never split, so one that does
 * not fit under the text before it moves to the next page and leaves the rest of this one empty
 * (a third to half of a page, in the sample). Like a float in typesetting, it may then move down
 * past the paragraphs that follow it, which fill the gap: after a measuring print, each figure
 * that jumped a page and left more than a third of it empty is moved after the next paragraph,
 * and the print measured again. A figure is only moved past text of its own section (paragraphs
 * and lists, never a heading, another figure or the section's end), with the short lead-in that
 * introduces it ("Table 4.1 summarizes ..."), never away from a heading it opens.
 */
import type { Page } from 'puppeteer';
import type { DestinationPosition } from './destinations.js';

/** The class of the marks this module puts in the page to find where things fall. */
export const PROBE = 'vdr-probe';

/** More empty than this fraction of a page's body, above a figure that jumped, is a gap to fill. */
export const MOST_EMPTY = 1 / 3;

/**
 * The page's body in PDF units (A4, the margins of paged.ts: 22 mm above, 24 mm below), and how
 * far down it a destination is: Chromium writes a destination's top as the page's height less the
 * point's depth in the body, as if the page had no margins.
 */
export const BODY = { height: 841.92 - 62.36 - 68.03, depth: (top: number): number => 841.92 - top } as const;

/** A figure's moves in all: past this many paragraphs, it stays where it is. */
const MOST_MOVES = 4;

/**
 * Marks each figure and table of the report with two probes, linked from a hidden list so that
 * Chromium writes a named destination for each: one at the end of the text before it, one at its
 * caption. Returns how many figures and tables are watched.
 */
export async function addPlacementProbes(page: Page): Promise<number> {
  const count = await page.evaluate((probe: string) => {
    const links = document.createElement('div');
    links.hidden = true;
    links.className = probe;
    let count = 0;
    for (const block of Array.from(document.querySelectorAll<HTMLElement>('main figure.figure, main .table-block'))) {
      const caption = block.querySelector('figcaption, caption');
      if (!caption) continue;
      const n = count++;
      block.dataset['vdrPlace'] = String(n);
      const at = document.createElement('span');
      at.id = `${probe}-at-${n}`;
      at.className = probe;
      caption.prepend(at);
      links.append(Object.assign(document.createElement('a'), { href: `#${at.id}` }));
    }
    document.body.append(links);
    return count;
  }, PROBE);
  await markTextBefore(page);
  return count;
}

/**
 * Moves down each figure that jumped a page and left a gap, past the next paragraph of its
 * section (see the top of this file).
 *
 * @param positions
 *   Where each probe fell in the last measuring print.
 * @returns
 *   How many figures moved; 0 when the layout is settled.
 */
export async function placeFigures(page: Page, positions: Map<string, DestinationPosition>): Promise<number> {
  const before = `${PROBE}-before-`;
  const watched = [...positions.keys()].filter((name) => name.startsWith(before)).map((name) => name.slice(before.length));
  const jumped = watched.filter((n) => {
    const end = positions.get(`${before}${n}`);
    const at = positions.get(`${PROBE}-at-${n}`);
    if (!end || !at || at.page <= end.page) return false;
    // The probe's top is its line's; the text ends a line (16 pt) lower.
    const empty = (BODY.height - BODY.depth(end.top) - 16) / BODY.height;
    return empty > MOST_EMPTY;
  });
  if (jumped.length === 0) return 0;
  const moved = await page.evaluate(
    (numbers: string[], most: number) => {
      let moved = 0;
      const floats = 'figure.figure, .table-block, .vdr-lead-in';
      const done = new Set<Element>();
      for (const n of numbers) {
        const block = document.querySelector<HTMLElement>(`[data-vdr-place="${n}"]`);
        if (!block) continue;
        if (done.has(block) || Number(block.dataset['vdrMoves'] ?? 0) >= most) continue;
        // It moves with its lead-in and the figures and tables right after it (a chart, then the
        // table of its figures), which would otherwise come before it.
        const group: Element[] = [block];
        while (group[0]!.previousElementSibling?.matches('.vdr-lead-in')) group.unshift(group[0]!.previousElementSibling);
        while (group[group.length - 1]!.nextElementSibling?.matches(floats)) group.push(group[group.length - 1]!.nextElementSibling!);
        for (const member of group) done.add(member);
        let next = group[group.length - 1]!.nextElementSibling;
        if (!next || !next.matches('p, ul, ol, dl, blockquote')) continue;
        // A paragraph's notes (footnotes.ts) stay right after it.
        while (next.nextElementSibling?.matches('.vdr-footnote')) next = next.nextElementSibling;
        next.after(...group);
        block.dataset['vdrMoves'] = String(Number(block.dataset['vdrMoves'] ?? 0) + 1);
        moved++;
      }
      return moved;
    },
    jumped,
    MOST_MOVES,
  );
  if (moved > 0) await markTextBefore(page);
  return moved;
}

/**
 * Puts a probe at the end of the text before each watched figure (and its lead-in), linked from
 * the hidden list, in place of the last ones: the text before a figure changes when it moves.
 * Returns the numbers of the figures so marked: those with a paragraph or list before them.
 */
async function markTextBefore(page: Page): Promise<string[]> {
  return page.evaluate((probe: string) => {
    for (const old of Array.from(document.querySelectorAll(`.${probe}-before`))) old.remove();
    const links = document.querySelector<HTMLElement>(`div.${probe}`);
    const marked: string[] = [];
    for (const block of Array.from(document.querySelectorAll<HTMLElement>('[data-vdr-place]'))) {
      // The run kept with the figure: the lead-in that introduces it. One that opens a section (a
      // heading above it) stays where it is, and is not watched. The probe goes after the text,
      // figure or table before it.
      let start: Element = block;
      while (start.previousElementSibling?.matches('.vdr-lead-in')) start = start.previousElementSibling;
      const previous = start.previousElementSibling;
      if (!previous || !previous.matches('p, ul, ol, dl, blockquote, figure.figure, .table-block, .vdr-footnote')) continue;
      const mark = document.createElement('span');
      mark.id = `${probe}-before-${block.dataset['vdrPlace']}`;
      mark.className = `${probe} ${probe}-before`;
      previous.append(mark);
      links?.append(Object.assign(document.createElement('a'), { href: `#${mark.id}`, className: `${probe}-before` }));
      marked.push(block.dataset['vdrPlace']!);
    }
    return marked;
  }, PROBE);
}

/** Takes the probes out of the page, for the final print. */
export async function removePlacementProbes(page: Page): Promise<void> {
  await page.evaluate((probe: string) => {
    for (const mark of Array.from(document.querySelectorAll(`.${probe}`))) mark.remove();
  }, PROBE);
}
