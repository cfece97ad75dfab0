/**
 * How a brief prints its figures: each by the report's one rule (content/format.ts), each a link
 * to the line of the data it came from, as the report's figures link to its sources annex. The
 * link is named for what the figure is ("3,689.1 kg: Heroin seizures, Afghanistan: baseline
 * (2014), source") and its title is the place itself ("data/observations/pillar-1.csv:257").
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { Formatter } from '../content/format.js';
import type { Strings } from '../i18n/index.js';
import type { SourceRef, UnitDefinition } from '../model.js';
import type { PartnerBrief } from './types.js';

/** The element id of a source line in the brief's list of sources. */
export const briefSourceId = (index: number): string => `brief-source-${index + 1}`;

/** A place as the brief prints it: "data/observations/pillar-1.csv:257". */
export const placeText = (ref: SourceRef): string => `${ref.file}:${ref.line}`;

/** The brief's figures in words, with their links. */
export class BriefFigures {
  /** Figures with their unit's words. */
  readonly format: Formatter;
  /** Figures alone, by the same rule (the unit is named once, in the row's header). */
  readonly bare: Formatter;
  private readonly ids = new Map<string, string>();

  /**
   * @param brief
   *   The brief (its units and its sources).
   * @param strings
   *   The report language's words.
   */
  constructor(
    brief: PartnerBrief,
    readonly strings: Strings,
  ) {
    const units: Record<string, UnitDefinition> = {};
    const bare: Record<string, UnitDefinition> = {};
    for (const { unit } of brief.pillars.flatMap((p) => p.indicators)) {
      units[unit.id] = unit;
      const { symbol: _symbol, ...rest } = unit;
      bare[unit.id] = { ...rest, builtin: false };
    }
    this.format = new Formatter(strings, units);
    this.bare = new Formatter(strings, bare);
    brief.sources.forEach((ref, i) => this.ids.set(placeText(ref), briefSourceId(i)));
  }

  /**
   * A figure linked to its line; the text alone when it has no line.
   *
   * @param text
   *   The figure, printed.
   * @param what
   *   What it is, for its link's name: "Heroin seizures, Afghanistan: baseline (2014)".
   * @param source
   *   Its line (optional).
   */
  link(text: string, what: string, source: SourceRef | null | undefined): ElementContent {
    const id = source ? this.ids.get(placeText(source)) : undefined;
    if (!source || id === undefined) return { type: 'text', value: text };
    const link: Element = h('a', { className: ['metric'], href: `#${id}`, title: placeText(source), ariaLabel: this.strings.sourceMetricName(text, what) }, text);
    return link;
  }

  /** Text in brackets after what it qualifies, as the language writes an aside: " (2014)". */
  inParentheses(text: string): string {
    const { open, close } = this.strings.parenthesis;
    return `${open}${text}${close}`;
  }
}
