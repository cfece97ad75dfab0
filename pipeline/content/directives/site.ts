/**
 * One directive being compiled: its node, its attributes and where each is written, and the
 * checks every directive shares (known attributes, required ones, indicators, entities, pillars,
 * lists of allowed values, whole numbers), each reporting at the exact column.
 */
import type { PhrasingContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { message, type Located, type MessageText, type Place, type Severity } from '../../diagnostics/message.js';
import { suggest } from '../../diagnostics/suggest.js';
import { placeAt } from '../../load/text.js';
import type { Indicator, IndicatorPillar, PillarId } from '../../model.js';
import { attributeSpans, type AttributeSpan } from '../attributes.js';
import type { EntityRef } from '../lookup.js';
import { contentMessages } from '../messages.js';
import type { CompileState, ParsedChapter } from '../state.js';

export type Directive = ContainerDirective | LeafDirective | TextDirective;

/** A directive being compiled, with its checks. */
export class Site {
  readonly spans: Map<string, AttributeSpan>;
  readonly attributes: Record<string, string>;
  /** Whether any check failed. */
  failed = false;
  /** The first error, for the marker that stands in the directive's place. */
  problem: { reason: string; place: Place } | undefined;

  /**
   * @param container
   *   The node the directive stands in (a paragraph, for an inline directive): notes printed
   *   once per paragraph are kept per container.
   */
  constructor(
    readonly node: Directive,
    readonly chapter: ParsedChapter,
    readonly state: CompileState,
    readonly container?: object,
  ) {
    this.spans = attributeSpans(chapter.source.text, node.position?.start.offset ?? 0);
    this.attributes = {};
    for (const [key, value] of Object.entries(node.attributes ?? {})) {
      if (value !== null && value !== undefined) this.attributes[key] = value;
    }
  }

  get file(): string {
    return this.chapter.file;
  }

  /** The directive's first colon. */
  get start(): Place {
    return { line: this.node.position?.start.line ?? 1, column: this.node.position?.start.column ?? 1 };
  }

  /** The chapter and the directive's first colon: where a figure, table or chart request was written. */
  get located(): Located {
    return { file: this.file, place: this.start };
  }

  /**
   * The label: the text in [ ] (for a container, its first paragraph marked as label), as plain
   * text. HTML in it is left out, and reported once.
   */
  get label(): string {
    let nodes: readonly PhrasingContent[] = [];
    if (this.node.type === 'containerDirective') {
      const first = this.node.children[0];
      if (first && first.type === 'paragraph' && first.data?.directiveLabel) nodes = first.children;
    } else {
      nodes = this.node.children;
    }
    const withoutHtml = (list: readonly PhrasingContent[]): PhrasingContent[] =>
      list.filter((n) => n.type !== 'html').map((n) => ('children' in n ? ({ ...n, children: withoutHtml(n.children as PhrasingContent[]) } as PhrasingContent) : n));
    const hasHtml = (list: readonly PhrasingContent[]): boolean => list.some((n) => n.type === 'html' || ('children' in n && hasHtml(n.children as PhrasingContent[])));
    if (hasHtml(nodes) && !this.labelReported) {
      this.labelReported = true;
      this.report(contentMessages.labelHtml(this.name), this.start, this.written);
    }
    return toString(withoutHtml(nodes)).replace(/\s+/g, ' ').trim();
  }

  private labelReported = false;

  /** The text of the directive as written (its first line for a container). */
  get written(): string {
    const start = this.node.position?.start.offset ?? 0;
    const end = this.node.position?.end.offset ?? start;
    const text = this.chapter.source.text.slice(start, end);
    return this.node.type === 'containerDirective' ? (text.split('\n')[0] ?? text) : text;
  }

  /**
   * Where an attribute is written: its name, its value, or a character inside its value.
   *
   * @param attribute
   *   Its name (optional; default: the directive's start).
   * @param part
   *   'key' or 'value' (optional; default: 'value').
   * @param inner
   *   Characters into the value (optional; default: 0).
   */
  at(attribute?: string, part: 'key' | 'value' = 'value', inner = 0): Place {
    const span = attribute === undefined ? undefined : this.spans.get(attribute);
    if (!span) return this.start;
    return placeAt(this.chapter.source, part === 'key' ? span.key : span.value + inner);
  }

  /** Reports a problem (an error unless told otherwise) and marks the directive failed if an error. */
  report(text: MessageText, place: Place, value?: string, severity: Severity = 'error'): void {
    this.state.messages.push(message({ file: this.file, place }, text, { severity, value }));
    if (severity === 'error') {
      this.failed = true;
      this.problem ??= { reason: text.reason, place };
    }
  }

  /** Reports every attribute not in `allowed`, with a suggestion. */
  allow(allowed: readonly string[]): void {
    for (const name of Object.keys(this.attributes)) {
      if (allowed.includes(name)) continue;
      this.report(contentMessages.unknownAttribute(name, this.name, allowed, suggest(name, allowed)), this.at(name, 'key'), name);
    }
  }

  /** `::chart`, `:metric`: the name as written, for messages. */
  get name(): string {
    const colons = this.node.type === 'textDirective' ? ':' : this.node.type === 'leafDirective' ? '::' : ':::';
    return `${colons}${this.node.name}`;
  }

  /** A required attribute's value; reports it missing. */
  require(name: string, expected: string): string | undefined {
    const value = this.attributes[name];
    if (value === undefined || value === '') {
      this.report(contentMessages.missingAttribute(name, this.name, expected), value === undefined ? this.start : this.at(name, 'key'));
      return undefined;
    }
    return value;
  }

  /** The indicator an attribute names; reports an unknown one with a suggestion. */
  indicator(name = 'indicator', required = true): Indicator | undefined {
    const id = required ? this.require(name, 'an indicator id from data/indicators.yaml') : this.attributes[name];
    if (id === undefined) return undefined;
    const indicator = this.state.lookup.indicators.get(id);
    if (!indicator) this.report(contentMessages.unknownIndicator(suggest(id, this.state.lookup.indicators.keys())), this.at(name), id);
    return indicator;
  }

  /**
   * The entity a code names, checked against who reports the indicator (when given).
   *
   * @param code
   *   The code as written.
   * @param place
   *   Where it is written.
   * @param indicator
   *   The indicator it is for (optional).
   */
  entity(code: string, place: Place, indicator?: Indicator): EntityRef | undefined {
    const { lookup } = this.state;
    const entity = lookup.entity(code);
    if (!entity) {
      this.report(contentMessages.unknownEntity(suggest(code, lookup.entityCodes()), lookup.groups), place, code);
      return undefined;
    }
    if (indicator) {
      const fits =
        indicator.reported_by === 'country'
          ? entity.kind === 'country' || entity.kind === 'group'
          : entity.kind === 'organization' || (entity.kind === 'group' && entity.groupType === 'all');
      if (!fits) {
        this.report(contentMessages.wrongEntityType(indicator.id, indicator.reported_by), place, code);
        return undefined;
      }
    }
    return entity;
  }

  /** A space-separated list of entity codes in an attribute, each checked at its own column. */
  entityList(name: string, indicator?: Indicator): string[] | undefined {
    const raw = this.attributes[name];
    if (raw === undefined) return undefined;
    const codes: string[] = [];
    const pattern = /\S+/g;
    const written = this.spans.get(name)?.raw ?? raw;
    for (let match = pattern.exec(written); match; match = pattern.exec(written)) {
      const code = match[0];
      const entity = this.entity(code, this.at(name, 'value', match.index), indicator);
      if (entity) {
        if (entity.kind === 'group') {
          this.report(contentMessages.groupInList(), this.at(name, 'value', match.index), code);
        } else codes.push(code);
      }
    }
    return codes;
  }

  /** The pillar an attribute names, if any; with `context`, also `context` when the catalogue has context indicators. */
  pillar(name: string, required: boolean, context: true): IndicatorPillar | undefined;
  pillar(name?: string, required?: boolean): PillarId | undefined;
  pillar(name = 'pillar', required = false, context = false): IndicatorPillar | undefined {
    const { lookup } = this.state;
    const allowed: readonly IndicatorPillar[] = context && lookup.hasContext ? [...lookup.pillars, 'context'] : lookup.pillars;
    const value = required ? this.require(name, `one of ${allowed.join(', ')}`) : this.attributes[name];
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as IndicatorPillar;
    this.report(contentMessages.unknownPillar(allowed), this.at(name), value);
    return undefined;
  }

  /** An attribute that takes one of a list of values. */
  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.attributes[name];
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.report(contentMessages.attributeValue(name, allowed, suggest(value, allowed)), this.at(name), value);
    return undefined;
  }

  /** An attribute that takes a whole number from `min` to `max`. */
  whole(name: string, min: number, max: number): number | undefined {
    const value = this.attributes[name];
    if (value === undefined) return undefined;
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    this.report(contentMessages.attributeNumber(name, `a whole number from ${min} to ${max}`), this.at(name), value);
    return undefined;
  }
}
