/**
 * Every message the edition stage gives beyond the edition schema: what is wrong (reason) and what
 * to do (fix), as sentences without a final full stop. The caller adds the file, the place and the
 * value found (diagnostics/message.ts).
 */
import type { MessageText } from '../diagnostics/message.js';
import { list } from '../diagnostics/wording.js';

/** What to write instead, given the earlier editions the project has. */
const previousFix = (earlier: readonly string[]): string =>
  earlier.length > 0 ? `write previous: with one of the earlier editions (${list(earlier)}), or leave it out to compare with the newest earlier one` : 'leave previous: out: the project has no earlier edition';

export const editionMessages = {
  yearMismatch: (year: number, directory: string): MessageText => ({
    ruleId: 'edition/year',
    reason: `year says ${year}, but the edition sits in content/${directory}/`,
    fix: `write year: ${directory}, or move the edition to content/${year}/`,
  }),
  previousMissing: (previous: number, earlier: readonly string[]): MessageText => ({
    ruleId: 'edition/previous-missing',
    reason: `previous names the ${previous} edition, which the project does not have (there is no content/${previous}/edition.yaml)`,
    fix: previousFix(earlier),
  }),
  previousNotEarlier: (year: number, earlier: readonly string[]): MessageText => ({
    ruleId: 'edition/previous-not-earlier',
    reason: `previous must name an edition before ${year}`,
    fix: previousFix(earlier),
  }),
} as const;
