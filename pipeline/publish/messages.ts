/**
 * Every message the publish stage gives when it checks a published version against its
 * manifest.json (vdr verify, and publish and diff before they trust a published version): what is
 * wrong (reason) and what to do (fix), as sentences without a final full stop. The caller adds
 * the file and the value found (diagnostics/message.ts).
 */
import type { MessageText } from '../diagnostics/message.js';

/** A published version is restored from a copy, or replaced by a new version: never edited. */
const restoreFile = 'restore the file from your archive or backup of this published version; if you have no copy, publish the edition again under a new version number (vdr publish --version X.Y.Z) and treat this version as withdrawn';
const restoreManifest =
  'restore manifest.json from your archive or backup of this published version; without it nothing in this version can be checked, so if you have no copy, move the directory out of output/ and publish the edition again under a new version number';

export const publishMessages = {
  manifestUnreadable: (detail: string): MessageText => ({
    ruleId: 'manifest/unreadable',
    reason: detail,
    fix: restoreManifest,
  }),
  manifestOtherVersion: (found: { edition: number; version: string }, expected: { edition: number; version: string }): MessageText => ({
    ruleId: 'manifest/other-version',
    reason: `manifest.json is of the ${found.edition} edition, version ${found.version}, but it is in the directory of the ${expected.edition} edition, version ${expected.version}`,
    fix: restoreManifest,
  }),
  manifestOutside: (): MessageText => ({
    ruleId: 'manifest/outside',
    reason: 'the manifest lists a path outside the edition directory',
    fix: restoreManifest,
  }),
  fileMissing: (): MessageText => ({
    ruleId: 'manifest/missing',
    reason: 'the file is listed in manifest.json but missing',
    fix: restoreFile,
  }),
  fileSize: (found: number, listed: number): MessageText => ({
    ruleId: 'manifest/size',
    reason: `the file has changed since it was published: it has ${found} bytes, but manifest.json says ${listed}`,
    fix: restoreFile,
  }),
  fileHash: (found: string, listed: string): MessageText => ({
    ruleId: 'manifest/hash',
    reason: `the file has changed since it was published: its sha256 is ${found}, but manifest.json says ${listed}`,
    fix: restoreFile,
  }),
  fileNotListed: (): MessageText => ({
    ruleId: 'manifest/extra',
    reason: 'the file is not listed in manifest.json, so it was not published with this version',
    fix: 'move it out of the version directory: a published version holds only what its manifest.json lists',
  }),
} as const;
