/**
 * Every message the edition stage gives beyond the edition schema: what is wrong (reason) and what
 * to do (fix), as sentences without a final full stop. The caller adds the file, the place and the
 * value found (diagnostics/message.ts).
 */
import type { MessageText } from '../diagnostics/message.js';

export const editionMessages = {
  yearMismatch: (year: number, directory: string): MessageText => ({
    ruleId: 'edition/year',
    reason: `year says ${year}, but the edition sits in content/${directory}/`,
    fix: `write year: ${directory}, or move the edition to content/${year}/`,
  }),
} as const;
