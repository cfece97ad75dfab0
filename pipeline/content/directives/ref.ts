/**
 * `:ref{#id}`: a link that reads as what it points to ("Figure 3.2", "Table 2.1", "Chapter 4",
 * "Section 3.1", "Annex II", or the title of an unnumbered part). `:ref[words]{#id}` links the
 * words instead.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { suggest } from '../../diagnostics/suggest.js';
import { contentMessages } from '../messages.js';
import type { Site } from './site.js';

/**
 * Compiles a :ref directive.
 *
 * @returns
 *   The link, or undefined when the directive has an error (reported).
 */
export function compileRef(site: Site): ElementContent[] | undefined {
  const { state } = site;
  site.allow(['id']);
  const id = site.attributes['id'];
  if (id === undefined || id === '') {
    site.report(contentMessages.missingRefId(), site.start);
    return undefined;
  }
  const target = state.targets.get(id);
  if (!target) {
    site.report(contentMessages.unknownRef(suggest(id, state.targets.keys())), site.at('id', 'key'), `#${id}`);
    return undefined;
  }
  const words = site.label;
  if (site.failed) return undefined;
  return [h('a', { className: ['xref', `xref-${target.kind}`], href: `#${target.id}` }, words || target.label)];
}
