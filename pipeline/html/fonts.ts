/**
 * The report's typeface, Noto Sans (the charts use it too), embedded as base64 WOFF2 from
 * @fontsource/noto-sans: regular, italic, bold and bold italic of the Latin subset, with its
 * unicode-range, so a character outside it falls back to the reader's sans-serif without a
 * request. Other UN languages will need other subsets (Cyrillic, Arabic, CJK): add them to
 * `SUBSETS` by language.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Edition } from '../model.js';

/** The Latin subset's range, as @fontsource writes it. */
const LATIN_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

/** The subsets each language needs, with their unicode-range. */
const SUBSETS: Readonly<Partial<Record<Edition['language'], readonly { name: string; range: string }[]>>> = {
  en: [{ name: 'latin', range: LATIN_RANGE }],
  fr: [{ name: 'latin', range: LATIN_RANGE }],
  es: [{ name: 'latin', range: LATIN_RANGE }],
};

const FACES = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 700, style: 'normal' },
  { weight: 700, style: 'italic' },
] as const;

const cache = new Map<string, string>();

/**
 * The @font-face rules of a language, each font inline.
 *
 * @param language
 *   The edition's language (default: en).
 */
export function fontFaces(language: Edition['language'] = 'en'): string {
  const cached = cache.get(language);
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const rules: string[] = [];
  for (const subset of SUBSETS[language] ?? SUBSETS.en!) {
    for (const face of FACES) {
      const file = require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset.name}-${face.weight}-${face.style}.woff2`);
      const data = readFileSync(file).toString('base64');
      rules.push(
        `@font-face{font-family:"Noto Sans";font-style:${face.style};font-weight:${face.weight};font-display:block;` +
          `src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${subset.range}}`,
      );
    }
  }
  const css = rules.join('\n');
  cache.set(language, css);
  return css;
}
