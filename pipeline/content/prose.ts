/**
 * The prose check (SPEC 14: "a number typed by hand in a paragraph is a warning"): reads every
 * paragraph, heading, table cell and directive label of a chapter, before the directives are
 * compiled, and warns, at the file:line:column of the word, of
 * 1. a number typed by hand (content/typed-number). Digits are a quantity unless they are
 *    - a year, 1900 to 2099, alone or in a range or compound (2014, 2012-2014, 2012/13, 2014-based,
 *      the 1990s), not followed by %;
 *    - an ordinal, by the language's rule (26th);
 *    - part of a United Nations document symbol (E/CN.7/2014/L.5, A/RES/70/1);
 *    - part of a code that starts with a letter (S-1, G20, M49, COVID-19);
 *    - a day of the month beside a month's name (21 May, 21 and 22 May, 26 to 28 June, May 21), or
 *      a month written with digits (Chinese 5月);
 *    - a number after a word that numbers a name (resolution 56/3, Article 3, paragraphs 9 to
 *      11; the language's list);
 *    - an enumerator in a run from one: (1), (2), (3) in one paragraph;
 *    and footnote marks, list numbers, code, raw HTML, link addresses and directive attributes are
 *    not text, so never read. A number after Figure, Table, Chapter, Section or Annex is a
 *    cross-reference typed by hand: :ref gives it.
 * 2. a word that states a direction ("rose", "fell", "an increase") in the same clause as a
 *    :metric of a level or a change whose change goes the other way, or not at all
 *    (content/direction-contradicted). A word is read with the metrics after it in its clause, up
 *    to the next such word, or, when none follow, those before it; a clause ends at a semicolon
 *    or the end of the sentence. A change within the tolerance, which :trend calls "changed
 *    little", contradicts neither word unless it is exactly 0.
 * The words (directions, names, joiners, ordinals, months) come from the edition's language.
 * Chinese, written without spaces, is split into those words where they occur, one Han character
 * elsewhere, and runs of digits and Latin letters (splitUnspaced); its ； ends a clause too.
 * Arabic's ؛ ends a clause, its ، chains numbers like a comma, a joiner joined to a number ("و11")
 * is read as two words, and a month written with its two names ("أيار/مايو") is a month.
 */
import type { Nodes, Parent, Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { message, type MessageText } from '../diagnostics/message.js';
import type { Strings } from '../i18n/index.js';
import { chapterOf } from './directives/index.js';
import { changeDirection, type Since } from './directives/trend.js';
import { contentMessages } from './messages.js';
import type { CompileState, ParsedChapter } from './state.js';
import { isSymbol, placeInText, SYMBOL } from './text.js';

/** What stands in the flat text for a node that is not prose: a directive, inline code, an image. */
const OBJECT = '\uFFFC';

/** A block's text as one string, with where each run of it was written. */
interface Flat {
  text: string;
  runs: { at: number; node: Text }[];
  directives: { at: number; node: TextDirective }[];
}

/** Blocks whose children are the phrasing the check reads. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'leafDirective']);
/** Nodes never read. */
const SKIPPED = new Set(['code', 'html', 'yaml', 'definition', 'math', 'inlineMath']);

/** The flat text of a block. */
function flatten(block: Parent): Flat {
  const flat: Flat = { text: '', runs: [], directives: [] };
  const walk = (nodes: readonly Nodes[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') {
        flat.runs.push({ at: flat.text.length, node });
        flat.text += node.value;
      } else if (node.type === 'textDirective') {
        flat.directives.push({ at: flat.text.length, node: node as TextDirective });
        flat.text += OBJECT;
      } else if (node.type === 'break') flat.text += '\n';
      else if (node.type === 'link' && toString(node) === node.url.replace(/^mailto:/, '')) flat.text += OBJECT;
      else if ('children' in node && !SKIPPED.has(node.type)) walk(node.children as Nodes[]);
      else if (node.type !== 'html') flat.text += OBJECT;
    }
  };
  walk(block.children as Nodes[]);
  return flat;
}

/** A word (letters and digits, with the marks that join them inside a word) and where it is. */
interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'\u2019]|[.,/:\-\u2013](?=[\p{L}\p{N}]))*/gu;
const DIGIT = /[0-9]/;
const YEAR = (s: string): boolean => /^(?:19|20)[0-9]{2}$/.test(s);
/** Between two words of a list or range: spaces and commas only (Chinese's ，and 、 and Arabic's ، among them). */
const CHAINED = /^[\s,\u00a0\uff0c\u3001\u060c]*$/;
/** What ends a clause within a sentence: the semicolon (Chinese's ； and Arabic's ؛ among them). */
const CLAUSE_END = new Set([';', '\uff1b', '\u061b']);
/** Han characters: Chinese writes no spaces between its words, so the check splits a run of them. */
const HAN = /\p{Script=Han}/u;

/** The words the check needs, resolved once per language. */
interface Words {
  rise: ReadonlySet<string>;
  fall: ReadonlySet<string>;
  names: ReadonlySet<string>;
  joiners: ReadonlySet<string>;
  crossReferences: ReadonlySet<string>;
  months: ReadonlySet<string>;
  isOrdinal: (token: string) => boolean;
  segmenter: Intl.Segmenter;
  /** The words above that hold Han characters, found inside a run of text without spaces, and the longest's length. */
  unspaced: ReadonlySet<string>;
  longest: number;
}

/**
 * Month names, long and short, in the language's lower case: alone, and as written beside a day
 * where the language inflects them (Russian "май", "21 мая").
 */
function monthNames(locale: string): Set<string> {
  const names = new Set<string>();
  const add = (name: string): void => {
    if (/\p{L}/u.test(name)) names.add(name.replace(/\.$/, '').toLocaleLowerCase(locale));
  };
  for (const month of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
    const withDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      add(format.format(Date.UTC(2000, m, 1)));
      add(withDay.formatToParts(Date.UTC(2000, m, 1)).find((part) => part.type === 'month')?.value ?? '');
    }
  }
  return names;
}

function wordsOf(strings: Strings): Words {
  const lower = (list: readonly string[]): Set<string> => new Set(list.map((w) => w.toLocaleLowerCase(strings.locale)));
  const words = {
    rise: lower(strings.prose.rise),
    fall: lower(strings.prose.fall),
    names: lower(strings.prose.numberedNames),
    joiners: lower(strings.prose.joiners),
    crossReferences: lower(strings.prose.crossReferences),
    months: monthNames(strings.locale),
    isOrdinal: strings.prose.isOrdinal,
    segmenter: new Intl.Segmenter(strings.locale, { granularity: 'sentence' }),
  };
  const unspaced = new Set([words.rise, words.fall, words.names, words.joiners, words.crossReferences, words.months].flatMap((set) => [...set].filter((w) => HAN.test(w))));
  return { ...words, unspaced, longest: Math.max(0, ...[...unspaced].map((w) => w.length)) };
}

/**
 * The words of a token that holds Han characters (Chinese, written without spaces): at each place
 * the longest word the check knows ("增加", "第", "5月"), else one Han character, else a run of
 * other letters and digits ("第56/3号决议" gives 第, 56/3, 号, 决议). Other tokens stay whole.
 */
function splitUnspaced(text: string, start: number, words: Words): { text: string; start: number }[] {
  if (!HAN.test(text)) return [{ text, start }];
  const parts: { text: string; start: number }[] = [];
  for (let i = 0; i < text.length; ) {
    let length = 0;
    for (let n = Math.min(words.longest, text.length - i); n > 0 && length === 0; n--) if (words.unspaced.has(text.slice(i, i + n))) length = n;
    const char = String.fromCodePoint(text.codePointAt(i)!);
    if (length === 0 && HAN.test(char)) length = char.length;
    if (length === 0) {
      let j = i;
      while (j < text.length && !HAN.test(String.fromCodePoint(text.codePointAt(j)!))) j++;
      // Marks that join words (. , / : -) join nothing at the edge of a run.
      const run = /^[.,/:\-\u2013]*(.*?)[.,/:\-\u2013]*$/su.exec(text.slice(i, j))!;
      if (run[1]) parts.push({ text: run[1], start: start + i + text.slice(i, j).indexOf(run[1]) });
      i = j;
    } else {
      parts.push({ text: text.slice(i, i + length), start: start + i });
      i += length;
    }
  }
  return parts;
}

/**
 * A joiner written joined to the number after it, as Arabic writes و ("9 و11", "21 و22 مايو"):
 * two words, so the number is read as one of a list or range. Other tokens stay whole.
 */
function splitJoiner(token: { text: string; start: number }, words: Words, locale: string): { text: string; start: number }[] {
  const joined = /^(\p{L}+)([0-9].*)$/u.exec(token.text);
  if (!joined || !words.joiners.has(joined[1]!.toLocaleLowerCase(locale))) return [token];
  return [
    { text: joined[1]!, start: token.start },
    { text: joined[2]!, start: token.start + joined[1]!.length },
  ];
}

/**
 * Whether a word is a month's name, or names months joined by a slash, as UN Arabic documents
 * write a month with its two names ("أيار/مايو").
 */
function isMonth(lower: string, words: Words): boolean {
  return words.months.has(lower) || (lower.includes('/') && lower.split('/').some((part) => words.months.has(part)));
}

/** One chapter's block being checked. */
class Block {
  readonly flat: Flat;
  readonly tokens: Token[];

  constructor(
    readonly node: Parent,
    readonly chapter: ParsedChapter,
    readonly state: CompileState,
    readonly words: Words,
  ) {
    this.flat = flatten(node);
    const locale = state.strings.locale;
    this.tokens = [...this.flat.text.matchAll(WORD)]
      .flatMap((m) => splitUnspaced(m[0], m.index, words))
      .flatMap((t) => splitJoiner(t, words, locale))
      .map((t) => ({ text: t.text, lower: t.text.toLocaleLowerCase(locale), start: t.start, end: t.start + t.text.length }));
  }

  /** Reports a warning at an offset of the flat text. */
  warn(at: number, written: string, text: MessageText): void {
    const runs = this.flat.runs;
    let run = runs[0];
    for (const r of runs) if (r.at <= at) run = r;
    if (!run) return;
    const place = placeInText(this.chapter.source, run.node, at - run.at, written);
    this.state.messages.push(message({ file: this.chapter.file, place }, text, { severity: 'warning', value: written }));
  }

  private chained(a: Token, b: Token): boolean {
    return CHAINED.test(this.flat.text.slice(a.end, b.start));
  }

  /** The word before a number and the numbers and joiners that lead to it ("paragraphs" in "paragraphs 9 to 11"). */
  private head(i: number): Token | undefined {
    let j = i - 1;
    while (j >= 0 && this.chained(this.tokens[j]!, this.tokens[j + 1]!) && (DIGIT.test(this.tokens[j]!.text[0]!) || this.words.joiners.has(this.tokens[j]!.lower))) j--;
    const head = this.tokens[j];
    return head && this.chained(head, this.tokens[j + 1]!) ? head : undefined;
  }

  /** Whether a whole number is a day beside a month's name: "21 May", "21 and 22 May", "May 21". */
  private isDay(i: number): boolean {
    const value = Number(this.tokens[i]!.text);
    if (!/^[0-9]{1,2}$/.test(this.tokens[i]!.text) || value < 1 || value > 31) return false;
    const before = this.tokens[i - 1];
    if (before && isMonth(before.lower, this.words) && this.chained(before, this.tokens[i]!)) return true;
    let k = i + 1;
    while (k < this.tokens.length && this.chained(this.tokens[k - 1]!, this.tokens[k]!)) {
      const t = this.tokens[k]!;
      if (isMonth(t.lower, this.words)) return true;
      const day = /^[0-9]{1,2}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31;
      if (!day && !this.words.joiners.has(t.lower)) return false;
      k++;
    }
    return false;
  }

  /** Whether the parts of a token joined by - / are all years or words, the second of a year pair perhaps two digits (2012/13). */
  private static yearish(token: string): boolean {
    const parts = token.split(/[-\u2013/]/);
    const year = (p: string): boolean => YEAR(p) || /^(?:19|20)[0-9]0s$/.test(p);
    if (!parts.some(year)) return false;
    return parts.every((p, n) => year(p) || /^\p{L}+$/u.test(p) || (n > 0 && /^[0-9]{2}$/.test(p) && YEAR(parts[n - 1]!)));
  }

  /** 1. Numbers typed by hand. */
  checkNumbers(): void {
    const { text } = this.flat;
    const symbols = [...text.matchAll(SYMBOL)].filter((m) => isSymbol(m[0])).map((m) => [m.index, m.index + m[0].length] as const);
    let enumerator = 1;
    this.tokens.forEach((token, i) => {
      if (!DIGIT.test(token.text)) return;
      if (symbols.some(([s, e]) => token.start < e && s < token.end)) return;
      const first = token.text.search(DIGIT);
      if (/\p{L}/u.test(token.text.slice(0, first))) return; // a code: S-1, G20, COVID-19
      if (Block.yearish(token.text) && text[token.end] !== '%') return;
      if (this.words.isOrdinal(token.text)) return;
      if (this.words.months.has(token.lower)) return; // a month written with digits: 5月
      if (/^[0-9]+$/.test(token.text)) {
        if (this.isDay(i)) return;
        if (text[token.start - 1] === '(' && text[token.end] === ')' && Number(token.text) === enumerator) {
          enumerator++;
          return;
        }
      }
      const head = this.head(i);
      if (head && this.words.names.has(head.lower)) return;
      const crossReference = head !== undefined && this.words.crossReferences.has(head.lower);
      this.warn(token.start, token.text, crossReference ? contentMessages.typedCrossReference() : contentMessages.typedNumber());
    });
  }

  /** 2. Direction words the figures of their clause contradict. */
  checkDirections(): void {
    const { text, directives } = this.flat;
    for (const sentence of this.words.segmenter.segment(text)) {
      const end = sentence.index + sentence.segment.length;
      let clauseStart = sentence.index;
      for (let at = sentence.index; at <= end; at++) {
        if (at < end && !CLAUSE_END.has(text[at]!)) continue;
        this.checkClause(clauseStart, at, directives);
        clauseStart = at + 1;
      }
    }
  }

  private checkClause(start: number, end: number, directives: Flat['directives']): void {
    type Item = { at: number; word?: { token: Token; rise: boolean }; metric?: TextDirective };
    const items: Item[] = [];
    for (const token of this.tokens) {
      if (token.start < start || token.end > end) continue;
      const rise = this.words.rise.has(token.lower);
      if (rise || this.words.fall.has(token.lower)) items.push({ at: token.start, word: { token, rise } });
    }
    if (items.length === 0) return;
    for (const d of directives) if (d.at >= start && d.at < end && isChangeMetric(d.node)) items.push({ at: d.at, metric: d.node });
    items.sort((a, b) => a.at - b.at);
    items.forEach((item, n) => {
      if (!item.word) return;
      const after: TextDirective[] = [];
      for (let k = n + 1; k < items.length && !items[k]!.word; k++) after.push(items[k]!.metric!);
      const before: TextDirective[] = [];
      for (let k = n - 1; k >= 0 && !items[k]!.word; k--) before.unshift(items[k]!.metric!);
      const metrics = after.length > 0 ? after : before;
      for (const metric of metrics) {
        const contradiction = this.contradiction(item.word.token.text, item.word.rise, metric);
        if (contradiction) {
          this.warn(item.word.token.start, item.word.token.text, contradiction);
          return;
        }
      }
    });
  }

  /** The message when a metric's change contradicts a word, if it does. */
  private contradiction(word: string, rise: boolean, node: TextDirective): MessageText | undefined {
    const { lookup, format, strings } = this.state;
    const attributes = node.attributes ?? {};
    const indicator = lookup.indicators.get(attributes['indicator'] ?? '');
    const code = attributes['entity'] ?? 'all';
    const entity = lookup.entity(code);
    if (!indicator || !entity) return undefined;
    const row = entity.kind === 'group' ? lookup.aggregate(indicator.id, code) : lookup.entityMetric(indicator.id, code);
    if (!row) return undefined;
    const since: Since = attributes['field'] === 'change_since_previous' ? 'previous' : 'baseline';
    const direction = changeDirection(indicator, row, since);
    if (direction.kind === 'missing' || direction.kind === 'not-comparable') return undefined;
    if (rise ? direction.change > 0 : direction.change < 0) return undefined;
    return contentMessages.directionContradicted(word, {
      indicator: indicator.title,
      entity: lookup.entityName(code, strings.allPartners),
      code,
      id: indicator.id,
      from: format.level(direction.from, indicator),
      to: format.level(direction.to, indicator),
      change: format.change(direction.change, indicator),
      previous: since === 'previous' ? (this.state.metrics.edition.previous ?? undefined) : undefined,
    });
  }
}

/** :metric fields whose figure speaks of a change: levels and changes. */
const CHANGE_FIELDS = new Set(['baseline', 'current', 'change', 'relative_change', 'annualised_change', 'change_since_previous']);

function isChangeMetric(node: TextDirective): boolean {
  return node.name === 'metric' && CHANGE_FIELDS.has(node.attributes?.['field'] ?? '');
}

/**
 * remark plugin: the prose check of a chapter. It only reads the tree, and runs before the
 * directives are compiled, so it sees them as the author wrote them.
 *
 * @param state
 *   The build's compile state (words, metrics, messages).
 */
export function remarkVdrProse(state: CompileState) {
  const words = wordsOf(state.strings);
  return (tree: Root, file: VFile): void => {
    const chapter = chapterOf(file);
    visit(tree, (node) => {
      if (SKIPPED.has(node.type)) return SKIP;
      if (!BLOCKS.has(node.type)) return undefined;
      const block = new Block(node as Parent, chapter, state, words);
      block.checkNumbers();
      block.checkDirections();
      return SKIP;
    });
  };
}
