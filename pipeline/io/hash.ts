import { createHash } from 'node:crypto';

/** The hex sha256 of some bytes. */
export function sha256(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
