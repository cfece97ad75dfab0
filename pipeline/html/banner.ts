/**
 * A draft's banner, at the top of the report: "Draft: not for distribution", the build stamp,
 * and every data and content problem with its file:line:column, what is wrong and the fix.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { Formatter } from '../content/format.js';
import { formatLocation, quoteValue } from '../diagnostics/format.js';
import { countProblems, moreOfKind, sortMessages, type Message } from '../diagnostics/message.js';
import type { Strings } from '../i18n/index.js';
import { stampText, type BuildStamp } from './front.js';

/**
 * The banner.
 *
 * @param messages
 *   The build's problems, data and content (shown sorted by file, line and column).
 * @param strings
 *   The edition's words.
 * @param stamp
 *   The build stamp (optional).
 */
export function draftBanner(messages: readonly Message[], strings: Strings, stamp: BuildStamp | undefined): Element {
  const { errors, warnings } = countProblems(messages);
  const format = new Formatter(strings);
  const sorted = sortMessages(messages);
  const list = h(
    'ol',
    { className: ['problem-list'] },
    sorted.map((m) =>
      h('li', { className: [`problem-${m.severity}`] }, [
        h('span', { className: ['problem-place'] }, formatLocation(m)),
        ' ',
        h('span', { className: ['problem-severity'] }, `${strings.severity[m.severity]}:`),
        ` ${m.reason}${m.value === undefined ? '' : ` (${quoteValue(m.value, 80)})`}${moreOfKind(m)}. `,
        h('strong', strings.fixLabel),
        ` ${m.fix}.`,
      ]),
    ),
  );
  return h('section', { className: ['draft-banner'], id: 'draft-problems', ariaLabelledBy: 'draft-banner-title' }, [
    h('h2', { id: 'draft-banner-title' }, strings.draftBannerTitle),
    ...(stamp ? [h('p', { className: ['draft-stamp'] }, stampText(strings, stamp))] : []),
    h('p', messages.length === 0 ? strings.draftBannerNone : strings.draftBannerIntro(format.count(errors), format.count(warnings))),
    ...(messages.length === 0 ? [] : [h('details', { open: errors > 0 }, [h('summary', strings.draftBannerList(format.count(errors + warnings))), list])]),
  ]);
}
