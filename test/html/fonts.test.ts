/**
 * The report's fonts (pipeline/html/fonts.ts): which faces a text gets, that Arabic and Chinese
 * are cut to the characters used (small), and that the same text gives the same bytes, in the
 * same process and in a fresh one.
 */
import { describe, expect, it, vi } from 'vitest';
import { fontFaces } from '../../pipeline/html/fonts.js';
import { formatRanges, inRanges, parseRanges } from '../../pipeline/html/unicode-range.js';

interface Rule {
  family: string;
  weight: string;
  style: string;
  range: string;
  /** The font's bytes. */
  size: number;
}

/** The @font-face rules, read back. */
function rules(css: string): Rule[] {
  return [...css.matchAll(/@font-face\{font-family:"([^"]+)";font-style:(\w+);font-weight:(\d+);[^}]*base64,([^)]*)\)[^}]*unicode-range:([^}]*)\}/g)].map((m) => ({
    family: m[1]!,
    style: m[2]!,
    weight: m[3]!,
    size: Buffer.from(m[4]!, 'base64').length,
    range: m[5]!,
  }));
}

const ARABIC = 'يعرض هذا الفصل التقدم المحرز في مكافحة المخدرات، بدعم من UNODC (E/CN.7/2014/14): 58.4 %.';
const CHINESE = '本章介绍执行《维也纳宣言》的进展，由UNODC支持：缉获量增至58.4%。打击毒品贩运。';

describe('fontFaces', () => {
  it('gives an English text the four faces of Noto Sans Latin only, whole', async () => {
    const faces = rules(await fontFaces('The Vienna Declaration (E/CN.7/2012/17), 58.4%.'));
    expect(faces.map((f) => `${f.family} ${f.weight} ${f.style}`)).toEqual(['Noto Sans 400 normal', 'Noto Sans 400 italic', 'Noto Sans 700 normal', 'Noto Sans 700 italic']);
    expect(faces[0]!.range).toMatch(/^U\+0000-00FF,/);
  });

  it('adds Latin Extended and Cyrillic only where the text has their letters', async () => {
    const names = async (text: string): Promise<string[]> => [...new Set(rules(await fontFaces(text)).map((f) => f.range.slice(0, 11)))];
    expect(await names('Türkiye, Côte d’Ivoire')).toHaveLength(1);
    expect(await names('Türkiye, Côte d’Ivoire, Łódź')).toHaveLength(2);
    const russian = rules(await fontFaces('Осуществление Венской декларации'));
    expect(russian.some((f) => f.family === 'Noto Sans' && parseRanges(f.range).some(([from]) => from === 0x0400))).toBe(true);
    expect(russian.every((f) => f.family === 'Noto Sans')).toBe(true);
  });

  it('gives Arabic Noto Sans Arabic, regular and bold (it has no italic), cut to the Arabic letters used', async () => {
    const faces = rules(await fontFaces(ARABIC));
    const arabic = faces.filter((f) => f.family === 'Noto Sans Arabic');
    expect(arabic.map((f) => `${f.weight} ${f.style}`)).toEqual(['400 normal', '700 normal']);
    const letters = [...ARABIC].map((c) => c.codePointAt(0)!).filter((c) => c >= 0x0600 && c <= 0x06ff);
    expect(arabic[0]!.range).toBe(formatRanges(letters));
    // Latin letters, digits and signs stay with Noto Sans, first in the stack.
    expect(inRanges('U'.codePointAt(0)!, parseRanges(arabic[0]!.range))).toBe(false);
    // The whole Arabic subset is 49 kB; this text's letters, with their joining forms, far less.
    for (const face of arabic) expect(face.size).toBeLessThan(25_000);
    expect(faces.some((f) => f.family === 'Noto Sans SC')).toBe(false);
  });

  it('gives Chinese Noto Sans SC, regular and bold, cut from its 1.1 MB file to the characters used', async () => {
    const faces = rules(await fontFaces(CHINESE));
    const chinese = faces.filter((f) => f.family === 'Noto Sans SC');
    expect(chinese.map((f) => `${f.weight} ${f.style}`)).toEqual(['400 normal', '700 normal']);
    const used = new Set([...CHINESE].filter((c) => !/[\u0000-\u00ff\u2000-\u206f]/.test(c)).map((c) => c.codePointAt(0)!));
    expect(parseRanges(chinese[0]!.range).flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i))).toEqual([...used].sort((a, b) => a - b));
    for (const face of chinese) expect(face.size).toBeLessThan(30_000);
  });

  it('takes a character the simplified-Chinese file lacks from the slice of Noto Sans SC that has it', async () => {
    // 龃 (U+9F83) is not in the GB 2312 file, but in one of the package's slices.
    const faces = rules(await fontFaces('中文龃')).filter((f) => f.family === 'Noto Sans SC');
    expect(faces.map((f) => f.range)).toEqual(['U+4E2D,U+6587', 'U+4E2D,U+6587', 'U+9F83', 'U+9F83']);
  });

  it('gives the same bytes for the same characters, in any order, and in a fresh process', async () => {
    const text = `${ARABIC}${CHINESE}`;
    const one = await fontFaces(text);
    expect(await fontFaces([...text].reverse().join(''))).toBe(one);
    vi.resetModules();
    const fresh = (await import('../../pipeline/html/fonts.js')) as typeof import('../../pipeline/html/fonts.js');
    expect(await fresh.fontFaces(text)).toBe(one);
  });
});
