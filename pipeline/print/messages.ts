/**
 * Every message the print stage can give: what is wrong (reason) and what to do (fix), as
 * sentences without a final full stop. The caller adds the file, the severity and the value found
 * (diagnostics/message.ts).
 */
import type { MessageText } from '../diagnostics/message.js';

export const printMessages = {
  remoteResource: (): MessageText => ({
    ruleId: 'print/remote-resource',
    reason: 'the report asks for a resource outside itself, which the print refused',
    fix: 'remove the reference from the chapter, or put the resource in the report itself',
  }),
} as const;
