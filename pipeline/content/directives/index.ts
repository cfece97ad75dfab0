/**
 * The directives plugin: every directive in a chapter is compiled by its handler and replaced by
 * a slot holding the HTML it made. The README's "Writing chapters" table is the list below; a
 * name not in it, or a directive written in the wrong form (`:chart` for `::chart`), is an error
 * at its file:line:column. A directive with an error becomes a visible marker (drafts show it;
 * final builds fail on the error anyway).
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { suggest } from '../../diagnostics/suggest.js';
import { contentMessages } from '../messages.js';
import type { CompileState, ParsedChapter } from '../state.js';
import { compileChart, compileVegaLite } from './chart.js';
import { compileFact } from './fact.js';
import { compileMetric } from './metric.js';
import { compileRef } from './ref.js';
import { Site, type Directive } from './site.js';
import { compileIndicatorTable, compilePillarTable } from './tables.js';
import { compileTrend } from './trend.js';

type Form = 'containerDirective' | 'leafDirective' | 'textDirective';

/** Every directive, its form, and its handler. */
export const DIRECTIVES: Readonly<Record<string, { form: Form; compile: (site: Site) => ElementContent[] | undefined }>> = {
  chart: { form: 'leafDirective', compile: compileChart },
  'vega-lite': { form: 'containerDirective', compile: compileVegaLite },
  'indicator-table': { form: 'leafDirective', compile: compileIndicatorTable },
  'pillar-table': { form: 'leafDirective', compile: compilePillarTable },
  metric: { form: 'textDirective', compile: compileMetric },
  fact: { form: 'textDirective', compile: compileFact },
  ref: { form: 'textDirective', compile: compileRef },
  trend: { form: 'textDirective', compile: compileTrend },
};

const COLONS: Record<Form, string> = { textDirective: ':', leafDirective: '::', containerDirective: ':::' };

/** What stands where a directive had an error: the problem, visibly. */
function marker(state: CompileState, site: Site, block: boolean): ElementContent[] {
  const place = site.problem?.place;
  const printed = place && { line: state.format.label(place.line), column: state.format.label(place.column) };
  const text = state.strings.contentErrorInline(site.problem?.reason ?? site.written, printed);
  return [block ? h('p', { className: ['content-error'] }, text) : h('span', { className: ['content-error'] }, text)];
}

/** The chapter a plugin works on, from the file's data. */
export function chapterOf(file: VFile): ParsedChapter {
  const chapter = file.data['vdrChapter'] as ParsedChapter | undefined;
  if (!chapter) throw new Error('the content plugins need file.data.vdrChapter');
  return chapter;
}

/**
 * remark plugin: compiles every directive of a chapter.
 *
 * @param state
 *   The build's compile state.
 */
export function remarkVdrDirectives(state: CompileState) {
  return (tree: Root, file: VFile): void => {
    const chapter = chapterOf(file);
    visit(tree, (node, index, parent) => {
      if (node.type !== 'containerDirective' && node.type !== 'leafDirective' && node.type !== 'textDirective') return;
      if (!parent || index === undefined) return;
      const directive = node as Directive;
      const site = new Site(directive, chapter, state, parent);
      const known = DIRECTIVES[directive.name];
      const block = directive.type !== 'textDirective';
      let content: ElementContent[] | undefined;
      if (!known) {
        const names = Object.keys(DIRECTIVES);
        site.report(
          contentMessages.unknownDirective(directive.name, COLONS[directive.type], suggest(directive.name, names), names.map((n) => `${COLONS[DIRECTIVES[n]!.form]}${n}`)),
          site.start,
          site.written,
        );
      } else if (known.form !== directive.type) {
        site.report(contentMessages.directiveForm(directive.name, COLONS[directive.type], COLONS[known.form]), site.start, site.written);
      } else {
        content = known.compile(site);
      }
      const slot = state.slots.add(content ?? marker(state, site, block), block, directive.position);
      parent.children.splice(index, 1, slot as never);
      return SKIP;
    });
  };
}
