/**
 * The report's typefaces, embedded as base64 WOFF2 @font-face rules, chosen by the characters
 * the report uses (so a report in any language gets what it needs, and only that):
 * 1. Noto Sans (@fontsource/noto-sans), first in the font stack, for Latin, Cyrillic and Greek:
 *    regular, italic, bold and bold italic of each of its subsets the text touches, whole
 *    (the Latin subset always; each is 7 to 60 kB). Whole, because the styles upper-case some
 *    words and the print writes the page numbers: a subset cut to the text would miss them.
 * 2. Noto Sans Arabic (@fontsource/noto-sans-arabic), for Arabic letters, digits and signs:
 *    regular and bold, cut to the characters used.
 * 3. Noto Sans SC (@fontsource/noto-sans-sc), when the text has Chinese characters, for those
 *    and every other character it has (CJK punctuation, full-width forms): regular and bold, cut
 *    to the characters used from its "chinese-simplified" file (one face per weight), with any
 *    character that file lacks taken from the package's numbered slices, each cut the same way.
 * Cutting is done by subset-font (harfbuzz's hb-subset), which keeps the shaping tables, so
 * Arabic letters still join. Neither Noto Sans Arabic nor Noto Sans SC has an italic: the
 * browser slants the upright letters for <em> (a synthesized oblique, as `font-synthesis`
 * allows by default), on screen and in the printed PDF alike. A character none of these fonts
 * has falls back to the reader's sans-serif, without a request.
 * The same text gives the same rules, byte for byte; each distinct text is worked out once.
 */
import { packageFile, subsetWoff2, woffCharacters } from './font-files.js';
import { formatRanges, inRanges, parseRanges, type Ranges } from './unicode-range.js';

/** The families, in the order the stylesheet and the print's margins name them. */
export const FONT_FAMILIES = '"Noto Sans","Noto Sans Arabic","Noto Sans SC"';

/** Noto Sans's subsets, in the order they are taken: a character goes to the first that has it. */
const NOTO_SANS_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] as const;

interface Face {
  weight: 400 | 700;
  style: 'normal' | 'italic';
}

const WITH_ITALIC: readonly Face[] = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 700, style: 'normal' },
  { weight: 700, style: 'italic' },
];
const UPRIGHT: readonly Face[] = [
  { weight: 400, style: 'normal' },
  { weight: 700, style: 'normal' },
];

/** A Chinese character: the text needs Noto Sans SC. */
const HAN = /\p{Script=Han}/u;

const cache = new Map<string, Promise<string>>();

/**
 * The @font-face rules for a text, each font inline.
 *
 * @param text
 *   Every character the report shows: its text, its charts' text, and the words the print and
 *   the styles add (page numbers, the draft mark).
 * @returns
 *   The rules, one a line.
 */
export function fontFaces(text: string): Promise<string> {
  const used = new Set<number>();
  for (const character of text) used.add(character.codePointAt(0)!);
  const key = formatRanges(used);
  let found = cache.get(key);
  if (!found) {
    found = makeFaces([...used].sort((a, b) => a - b), HAN.test(text));
    cache.set(key, found);
    found.catch(() => cache.delete(key));
  }
  return found;
}

async function makeFaces(used: readonly number[], chinese: boolean): Promise<string> {
  const rules: string[] = [];
  const covered: Ranges[] = [];
  const isCovered = (c: number): boolean => covered.some((ranges) => inRanges(c, ranges));

  // 1. Noto Sans: whole subsets.
  const latinRanges = unicodeRanges('@fontsource/noto-sans');
  for (const name of NOTO_SANS_SUBSETS) {
    const range = latinRanges[name] ?? '';
    const ranges = parseRanges(range);
    if (name !== 'latin' && !used.some((c) => inRanges(c, ranges) && !isCovered(c))) continue;
    covered.push(ranges);
    for (const face of WITH_ITALIC) {
      rules.push(rule('Noto Sans', face, packageFile(`@fontsource/noto-sans/files/noto-sans-${name}-${face.weight}-${face.style}.woff2`), range));
    }
  }

  // 2. Noto Sans Arabic: its Arabic subset, cut.
  const arabicRanges = parseRanges(unicodeRanges('@fontsource/noto-sans-arabic')['arabic'] ?? '');
  const arabic = used.filter((c) => !isCovered(c) && inRanges(c, arabicRanges));
  if (arabic.length > 0) {
    covered.push(arabic.map((c) => [c, c] as const));
    for (const face of UPRIGHT) {
      const file = `@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-${face.weight}-normal.woff2`;
      rules.push(rule('Noto Sans Arabic', face, await subsetWoff2(file, String.fromCodePoint(...arabic)), formatRanges(arabic)));
    }
  }

  // 3. Noto Sans SC: its simplified-Chinese file, then its numbered slices, cut.
  if (chinese) {
    const rest = used.filter((c) => !isCovered(c));
    const main = woffCharacters('@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff');
    const groups = new Map<string, number[]>();
    const add = (file: string, c: number): void => void groups.set(file, [...(groups.get(file) ?? []), c]);
    const slices = Object.entries(unicodeRanges('@fontsource/noto-sans-sc'))
      .filter(([name]) => /^\[\d+\]$/.test(name))
      .map(([name, range]) => ({ file: name.slice(1, -1), ranges: parseRanges(range) }));
    for (const c of rest) {
      if (main.has(c)) add('chinese-simplified', c);
      else {
        const slice = slices.find((s) => inRanges(c, s.ranges));
        if (slice) add(slice.file, c);
      }
    }
    const ordered = [...groups].sort(([a], [b]) => (a === 'chinese-simplified' ? -1 : b === 'chinese-simplified' ? 1 : Number(a) - Number(b)));
    for (const [file, characters] of ordered) {
      for (const face of UPRIGHT) {
        const data = await subsetWoff2(`@fontsource/noto-sans-sc/files/noto-sans-sc-${file}-${face.weight}-normal.woff2`, String.fromCodePoint(...characters));
        rules.push(rule('Noto Sans SC', face, data, formatRanges(characters)));
      }
    }
  }
  return rules.join('\n');
}

/** A package's unicode.json: each subset's unicode-range. */
function unicodeRanges(pkg: string): Record<string, string> {
  return JSON.parse(packageFile(`${pkg}/unicode.json`).toString('utf8')) as Record<string, string>;
}

/** One @font-face rule. */
function rule(family: string, face: Face, data: Buffer, range: string): string {
  return (
    `@font-face{font-family:"${family}";font-style:${face.style};font-weight:${face.weight};font-display:block;` +
    `src:url(data:font/woff2;base64,${data.toString('base64')}) format("woff2");unicode-range:${range}}`
  );
}
