import { sortMessages, type Message } from './message.js';

/** `file:line:column`, or just `file` when the whole file is meant. */
export function formatLocation(message: Message): string {
  return message.place
    ? `${message.file}:${message.place.line}:${message.place.column}`
    : message.file;
}

/** Quotes a value for display, showing invisible characters, cut to `max` characters (default 60). */
export function quoteValue(value: string, max = 60): string {
  const shown = value.length > max ? `${value.slice(0, max - 3)}...` : value;
  return JSON.stringify(shown);
}

/**
 * One line per message:
 * `data/x.csv:12:18: error: year must be a whole number, found "2015.0". Fix: write 2015. [csv/integer]`
 */
export function formatMessage(message: Message): string {
  const found = message.value === undefined ? '' : `, found ${quoteValue(message.value)}`;
  return `${formatLocation(message)}: ${message.severity}: ${message.reason}${found}. Fix: ${message.fix}. [${message.ruleId}]`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The human report: messages grouped by file, each group headed by the file name, then a count. */
export function formatReport(messages: readonly Message[], checkedFiles: number): string {
  const lines: string[] = [];
  let current: string | undefined;
  const perFile = new Map<string, number>();
  for (const message of messages) perFile.set(message.file, (perFile.get(message.file) ?? 0) + 1);
  for (const message of sortMessages(messages)) {
    if (message.file !== current) {
      if (current !== undefined) lines.push('');
      current = message.file;
      lines.push(`${current} (${plural(perFile.get(current) ?? 0, 'problem')})`);
    }
    lines.push(`  ${formatMessage(message)}`);
  }
  const errors = messages.filter((m) => m.severity === 'error').length;
  const warnings = messages.length - errors;
  const files = perFile.size;
  if (lines.length > 0) lines.push('');
  lines.push(
    messages.length === 0
      ? `No problems found in ${plural(checkedFiles, 'file')}.`
      : `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')} (${checkedFiles} checked).`,
  );
  return lines.join('\n');
}
