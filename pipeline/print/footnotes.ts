/**
 * Footnotes at the foot of the page in print. On screen a chapter's notes are listed at its end,
 * each with an arrow back to its mark; Chromium has no footnote area on a page, so the print
 * builds one: each note becomes a small block with a rule above it, first placed after the
 * paragraph (or list, or table) that marks it, then moved down, round by round of measuring
 * prints, past what follows as long as that still ends on the same page, so that it closes the
 * page its mark is on. A note that falls onto the next page moves back up one place, and stays.
 * Notes that meet keep their order and move together. The chapter's list of notes is not printed
 * (its back-arrows are links back into the text, useless on paper), and each mark links to its
 * note on the page.
 */
import type { Page } from 'puppeteer';
import type { DestinationPosition } from './destinations.js';
import { BODY, PROBE } from './placement.js';

/** The class of a note at the foot of a page. */
const NOTE = 'vdr-footnote';

/** The print styles of the notes. */
export const FOOTNOTE_CSS = `
.${NOTE}{font-size:8.5pt;line-height:1.35;margin:8pt 0 0;padding-top:3pt;border-top:.5pt solid #8a8a8a;break-inside:avoid}
.${NOTE} + .${NOTE}{margin-top:2pt;padding-top:0;border-top:0}
.${NOTE} p{margin:0}
.${NOTE}-mark{font-weight:700;padding-inline-end:.4em}
section.footnotes.${NOTE}-moved{display:none}
`;

/**
 * Makes each note of the report a block after the paragraph that marks it, and puts probes at
 * each note, at its mark and at the end of each block beside the notes, linked from the probes'
 * hidden list (placement.ts must have made it).
 * Returns how many notes there are.
 */
export async function prepareFootnotes(page: Page): Promise<number> {
  return page.evaluate(
    (probe: string, note: string) => {
      const links = document.querySelector(`div.${probe}`);
      let count = 0;
      for (const section of Array.from(document.querySelectorAll('main section.footnotes'))) {
        for (const item of Array.from(section.querySelectorAll(':scope > ol > li[id]'))) {
          const mark = document.querySelector<HTMLAnchorElement>(`a[data-footnote-ref][href="#${CSS.escape(item.id)}"]`);
          if (!mark) continue;
          // The block in the flow of the text that holds the mark: a paragraph, list or table.
          let block: Element = mark;
          while (block.parentElement && !block.parentElement.matches('section, main, article')) block = block.parentElement;
          const n = count++;
          const box = document.createElement('div');
          box.className = note;
          box.setAttribute('role', 'note');
          box.dataset['vdrNote'] = String(n);
          // The note keeps the id its mark links to: on paper the link leads to the foot of the page.
          box.id = item.id;
          item.removeAttribute('id');
          const content = Array.from(item.childNodes, (child) => child.cloneNode(true));
          box.append(...content);
          for (const back of Array.from(box.querySelectorAll('[data-footnote-backref]'))) back.remove();
          const label = document.createElement('span');
          label.className = `${note}-mark`;
          label.textContent = mark.textContent ?? '';
          (box.querySelector('p') ?? box).prepend(label);
          const at = document.createElement('span');
          at.className = probe;
          at.id = `${probe}-note-${n}`;
          label.before(at);
          const ref = document.createElement('span');
          ref.className = probe;
          ref.id = `${probe}-mark-${n}`;
          mark.after(ref);
          const end = document.createElement('span');
          end.className = probe;
          end.id = `${probe}-note-end-${n}`;
          box.append(end);
          for (const id of [at.id, ref.id, end.id]) links?.append(Object.assign(document.createElement('a'), { href: `#${id}` }));
          // After the notes already placed after the same block: they keep their order.
          let after: Element = block;
          while (after.nextElementSibling?.matches(`.${note}`)) after = after.nextElementSibling;
          after.after(box);
        }
        section.classList.add(`${note}-moved`);
      }
      // A probe at the end of every block beside the notes, which keeps its number wherever it moves.
      let blocks = 0;
      for (const parent of new Set(Array.from(document.querySelectorAll(`.${note}`), (box) => box.parentElement))) {
        for (const block of Array.from(parent?.children ?? [])) {
          if (!(block instanceof HTMLElement) || block.matches(`.${note}, h1, h2, h3, h4, h5, h6`)) continue;
          const end = document.createElement('span');
          end.className = probe;
          end.id = `${probe}-end-${blocks}`;
          block.dataset['vdrBlock'] = String(blocks++);
          block.append(end);
          links?.append(Object.assign(document.createElement('a'), { href: `#${end.id}` }));
        }
      }
      return count;
    },
    PROBE,
    NOTE,
  );
}

/**
 * One round of moving the notes toward the foot of their pages, from where the last measuring
 * print put them. Returns how many groups of notes moved; 0 when they are settled.
 */
export async function placeFootnotes(page: Page, positions: Map<string, DestinationPosition>): Promise<number> {
  const where = Object.fromEntries([...positions].filter(([name]) => name.startsWith(`${PROBE}-`)).map(([name, at]) => [name, at.page]));
  return page.evaluate(
    (probe: string, note: string, pages: Record<string, number>) => {
      let moved = 0;
      for (const first of Array.from(document.querySelectorAll<HTMLElement>(`.${note}`))) {
        if (first.previousElementSibling?.matches(`.${note}`) || first.dataset['vdrSettled']) continue;
        const group: Element[] = [first];
        while (group[group.length - 1]!.nextElementSibling?.matches(`.${note}`)) group.push(group[group.length - 1]!.nextElementSibling!);
        const n = first.dataset['vdrNote'];
        const notePage = pages[`${probe}-note-${n}`];
        const markPage = pages[`${probe}-mark-${n}`];
        if (notePage === undefined || markPage === undefined) continue;
        if (notePage > markPage) {
          // Fell past the foot of its mark's page: one place back up, unless that is the block with the mark.
          const previous = first.previousElementSibling;
          if (previous && !previous.querySelector(`#${probe}-mark-${n}`)) {
            previous.before(...group);
            moved++;
          }
          first.dataset['vdrSettled'] = 'yes';
          continue;
        }
        // Down past every block after it that still ends on this page (not past a heading or other notes).
        let target: Element | undefined;
        for (let next = group[group.length - 1]!.nextElementSibling; next instanceof HTMLElement; next = next.nextElementSibling) {
          if (next.matches(`.${note}, h1, h2, h3, h4, h5, h6`) || pages[`${probe}-end-${next.dataset['vdrBlock']}`] !== notePage) break;
          target = next;
        }
        if (target) {
          target.after(...group);
          moved++;
        }
      }
      return moved;
    },
    PROBE,
    NOTE,
    where,
  );
}

/**
 * Sets each group of notes at the very foot of its page: the space left below it, from the last
 * measuring print, goes above it. Returns the groups so set, by the number of their first note,
 * with the space each was given, for unpinFootnotes.
 */
export async function pinFootnotes(page: Page, positions: Map<string, DestinationPosition>): Promise<Map<string, number>> {
  // How far down the body each note's last line starts.
  const ends = Object.fromEntries([...positions].filter(([name]) => name.startsWith(`${PROBE}-note-end-`)).map(([name, at]) => [name, BODY.depth(at.top)]));
  const pinned = await page.evaluate(
    (probe: string, note: string, depths: Record<string, number>, body: number) => {
      const set: [string, number][] = [];
      for (const first of Array.from(document.querySelectorAll<HTMLElement>(`.${note}`))) {
        if (first.previousElementSibling?.matches(`.${note}`)) continue;
        let last: Element = first;
        while (last.nextElementSibling?.matches(`.${note}`)) last = last.nextElementSibling;
        const depth = depths[`${probe}-note-end-${(last as HTMLElement).dataset['vdrNote']}`];
        // The probe stands at the top of the note's last line (8.5 pt type, 1.35 lines): it ends 12 pt lower.
        const room = depth === undefined ? 0 : Math.floor(body - depth - 12 - 2);
        if (room <= 0) continue;
        first.style.setProperty('margin-top', `calc(8pt + ${room}pt)`);
        set.push([first.dataset['vdrNote']!, room]);
      }
      return set;
    },
    PROBE,
    NOTE,
    ends,
    BODY.height,
  );
  return new Map(pinned);
}

/** Takes the space above again from the groups of notes that it pushed onto the next page. */
export async function unpinFootnotes(page: Page, pinned: Map<string, number>, before: Map<string, DestinationPosition>, after: Map<string, DestinationPosition>): Promise<number> {
  const fell = [...pinned.keys()].filter((n) => (after.get(`${PROBE}-note-${n}`)?.page ?? 0) !== (before.get(`${PROBE}-note-${n}`)?.page ?? 0));
  if (fell.length === 0) return 0;
  await page.evaluate(
    (note: string, numbers: string[]) => {
      for (const n of numbers) document.querySelector<HTMLElement>(`.${note}[data-vdr-note="${n}"]`)?.style.removeProperty('margin-top');
    },
    NOTE,
    fell,
  );
  return fell.length;
}
