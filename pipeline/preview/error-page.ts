/**
 * The page the preview shows when there is no report to show: the data has errors, the edition
 * cannot be found, or a stage failed. Every message is listed as file:line:column with what is
 * wrong, the value found and the fix, as `vdr validate` prints them. Plain, valid HTML with no
 * request outside the page.
 */
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { formatLocation, quoteValue } from '../diagnostics/format.js';
import { countProblems, moreOfKind, sortMessages, type Message } from '../diagnostics/message.js';

export interface ErrorPageInput {
  /** Why there is no report, one sentence without a final full stop. */
  headline: string;
  /** The problems, errors and warnings (shown sorted by file, line and column). */
  messages: readonly Message[];
  /** Where the last good report is served, when there is one (optional). */
  lastGood?: string;
}

const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}' +
  'h1{font-size:1.5rem;color:#a00}ol{padding-left:1.5rem}li{margin:.75rem 0}' +
  'code{font:14px/1.4 ui-monospace,monospace;background:#f3f3f3;padding:0 .25em}' +
  '.error .severity{color:#a00;font-weight:bold}.warning .severity{color:#8a5a00;font-weight:bold}.rule{color:#555}';

function item(message: Message): ElementContent {
  return h('li', { className: [message.severity] }, [
    h('code', formatLocation(message)),
    ' ',
    h('span', { className: ['severity'] }, `${message.severity}:`),
    ` ${message.reason}${message.value === undefined ? '' : `, found ${quoteValue(message.value)}`}${moreOfKind(message)}. `,
    h('strong', 'Fix:'),
    ` ${message.fix}. `,
    h('span', { className: ['rule'] }, `[${message.ruleId}]`),
  ]);
}

/**
 * The error page.
 *
 * @param input
 *   Why there is no report, the messages, and the last good report's address (optional).
 * @returns
 *   The whole HTML file.
 */
export function errorPage(input: ErrorPageInput): string {
  const { errors, warnings } = countProblems(input.messages);
  const count = `${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'}`;
  const body = h('body', [
    h('main', [
      h('h1', 'The report could not be built'),
      h('p', { id: 'vdr-preview-headline' }, `${input.headline}.`),
      ...(input.messages.length > 0 ? [h('p', `${count}:`), h('ol', { id: 'vdr-preview-problems' }, sortMessages(input.messages).map(item))] : []),
      h('p', 'Save a fix and this page updates by itself.'),
      ...(input.lastGood ? [h('p', [h('a', { href: input.lastGood }, 'Show the last report that was built')])] : []),
    ]),
  ]);
  const head = h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', 'vdr preview: the report could not be built'),
    h('style', STYLE),
  ]);
  return `<!doctype html>\n${toHtml(h('html', { lang: 'en' }, [head, body]))}\n`;
}
