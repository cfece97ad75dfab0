/**
 * Every message the publish stage can give when it checks a published edition against its
 * manifest.json: what is wrong (reason) and what to do (fix), as sentences without a final full
 * stop. The caller adds the file and the value found (diagnostics/message.ts).
 */
import type { MessageText } from '../diagnostics/message.js';

export const publishMessages = {
  manifestUnreadable: (detail: string): MessageText => ({
    ruleId: 'manifest/unreadable',
    reason: detail,
    fix: 'publish the edition again with vdr publish',
  }),
  manifestOutside: (): MessageText => ({
    ruleId: 'manifest/outside',
    reason: 'the manifest lists a path outside the edition directory',
    fix: 'do not trust this edition; publish it again',
  }),
  fileMissing: (): MessageText => ({
    ruleId: 'manifest/missing',
    reason: 'the file is listed in manifest.json but missing',
    fix: 'restore the file from the published edition',
  }),
  fileSize: (found: number, listed: number): MessageText => ({
    ruleId: 'manifest/size',
    reason: `the file has ${found} bytes, but manifest.json says ${listed}`,
    fix: 'restore the file from the published edition',
  }),
  fileHash: (found: string, listed: string): MessageText => ({
    ruleId: 'manifest/hash',
    reason: `the file's sha256 is ${found}, but manifest.json says ${listed}`,
    fix: 'restore the file from the published edition',
  }),
  fileNotListed: (): MessageText => ({
    ruleId: 'manifest/extra',
    reason: 'the file is not listed in manifest.json',
    fix: 'remove the file: a published edition holds only what its manifest lists',
  }),
} as const;
