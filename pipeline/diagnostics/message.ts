/**
 * One shape for every problem vdr reports, whatever stage found it: a CSV cell, a YAML node, a
 * Markdown directive. Modelled on vfile-message: a place, a reason, a rule id; plus the value
 * found and the fix, because our readers are data managers, not programmers. One place type
 * (`Place`, and `Located` for a place in a project file) from CSV cell to Markdown node; one
 * constructor (`message`); the words come from each stage's catalogue (`<stage>/messages.ts`),
 * which share their phrasing through wording.ts.
 */

export type Severity = 'error' | 'warning';

/** A position in a text, 1-based, from a CSV cell to a Markdown node. */
export interface Place {
  line: number;
  column: number;
}

export interface Message {
  /** Project-relative path with forward slashes, such as `data/observations/pillar-1.csv`. */
  file: string;
  /** Where in the file, 1-based; absent when the whole file is meant. */
  place?: Place;
  severity: Severity;
  /** Stable id of the kind of problem, such as `csv/unclosed-quote`. */
  ruleId: string;
  /** What is wrong, in plain words, without a final full stop. */
  reason: string;
  /** The value found, as written in the file. */
  value?: string;
  /** What would fix it, as an instruction, without a final full stop. */
  fix: string;
  /**
   * How many problems this message stands for, when it stands for more than one: the summary a
   * MessageList puts in place of the problems of one kind in one file beyond its cap.
   */
  count?: number;
}

/** A place in a project file: the file, project-relative, and the line and column in it. */
export interface Located {
  file: string;
  place: Place;
}

/** The words of a message, as a stage's catalogue gives them; the caller adds the place and the value. */
export interface MessageText {
  ruleId: string;
  reason: string;
  fix: string;
}

/**
 * Makes a message: the one way every stage turns a catalogue's words into a Message.
 *
 * @param at
 *   The project-relative file, and the place in it (optional; absent when the whole file is meant).
 * @param text
 *   The rule id, reason and fix, from the stage's catalogue.
 * @param options
 *   The severity (optional; default: 'error') and the value found, as written (optional).
 * @returns
 *   The message, its fields in the order of `Message`, with no optional field left undefined.
 */
export function message(
  at: { file: string; place?: Place | undefined },
  text: MessageText,
  options: { severity?: Severity | undefined; value?: string | undefined } = {},
): Message {
  return {
    file: at.file,
    ...(at.place === undefined ? {} : { place: at.place }),
    severity: options.severity ?? 'error',
    ruleId: text.ruleId,
    reason: text.reason,
    ...(options.value === undefined ? {} : { value: options.value }),
    fix: text.fix,
  };
}

/**
 * The messages of several lists as one, each problem once: the builds of an edition's languages
 * each report the data's problems, and a chapter given in the source language the source's.
 */
export function mergeMessages(lists: readonly (readonly Message[])[]): Message[] {
  const seen = new Set<string>();
  const merged: Message[] = [];
  for (const list of lists) {
    for (const m of list) {
      const key = JSON.stringify([m.file, m.place?.line, m.place?.column, m.ruleId, m.reason, m.value]);
      if (seen.has(key)) continue;
      seen.add(key);
      merged.push(m);
    }
  }
  return merged;
}

/** Orders messages by file, then line, then column, keeping the order found for ties. */
export function sortMessages(messages: readonly Message[]): Message[] {
  return messages
    .map((message, index) => ({ message, index }))
    .sort((a, b) => {
      const byFile = a.message.file < b.message.file ? -1 : a.message.file > b.message.file ? 1 : 0;
      if (byFile !== 0) return byFile;
      const byLine = (a.message.place?.line ?? 0) - (b.message.place?.line ?? 0);
      if (byLine !== 0) return byLine;
      const byColumn = (a.message.place?.column ?? 0) - (b.message.place?.column ?? 0);
      return byColumn !== 0 ? byColumn : a.index - b.index;
    })
    .map(({ message }) => message);
}

/** How many problems `messages` stand for, by severity (a summary counts for all it stands for). */
export function countProblems(messages: readonly Message[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const m of messages) {
    if (m.severity === 'error') errors += m.count ?? 1;
    else warnings += m.count ?? 1;
  }
  return { errors, warnings };
}

/** How many problems of one kind in one file a MessageList keeps one by one. */
export const MESSAGES_PER_KIND = 100;

/**
 * A list of messages that stays small however bad the input: past `cap` problems of one kind
 * (rule id) in one file, it keeps one summary message at the first problem left out, which counts
 * them all ("and 599,800 more of this kind ..."), so a huge file of bad rows takes little memory
 * and a reader sees the kinds, not a flood. A summary pushed from another list (a worker's) adds
 * its count. Used as any array of messages; what `filter` or `map` give is a plain array.
 */
export class MessageList extends Array<Message> {
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  readonly #cap: number;
  readonly #seen = new Map<string, number>();
  readonly #summaries = new Map<string, Message>();

  constructor(cap: number = MESSAGES_PER_KIND) {
    super();
    this.#cap = cap;
  }

  override push(...items: Message[]): number {
    for (const item of items) {
      const key = `${item.file}\u0000${item.ruleId}`;
      const seen = (this.#seen.get(key) ?? 0) + (item.count ?? 1);
      this.#seen.set(key, seen);
      if (item.count === undefined && seen <= this.#cap) {
        super.push(item);
        continue;
      }
      let summary = this.#summaries.get(key);
      if (!summary) {
        summary = { ...item, count: 0 };
        this.#summaries.set(key, summary);
        super.push(summary);
      }
      summary.count! += item.count ?? 1;
    }
    return this.length;
  }
}

/** What a summary adds to its reason: how many more problems of its kind it stands for. */
export function moreOfKind(message: Message): string {
  const more = (message.count ?? 1) - 1;
  return more < 1 ? '' : ` (and ${more.toLocaleString('en-US')} more problem${more === 1 ? '' : 's'} of this kind from here on in this file, not listed one by one)`;
}
