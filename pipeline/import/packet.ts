/**
 * `vdr import --packet FILE`: a partner's returned verification packet, read against the project's
 * edition. The packet as sent is made again for the partner its rows name, as `vdr briefs --verify`
 * makes it (briefs/verify.ts: `verificationList`, compared with what `publishedMetrics` picks), so
 * that a row that is not the partner's or not the edition's is told from the rest. When the data
 * has errors there are no metrics to make it from, and each row is checked against its own check
 * code only (the result says so). Writes nothing: a correction is for a data manager to apply.
 */
import { message } from '../diagnostics/message.js';
import { suggest } from '../diagnostics/suggest.js';
import { PACKET_WORDS as W } from '../briefs/packet-words.js';
import { partnerName } from '../briefs/packet-workbook.js';
import { publishedMetrics, verificationList } from '../briefs/verify.js';
import type { Project } from '../project/index.js';
import { prepare } from '../project/prepare.js';
import { packetMessages, readReturnedPacket, type ReadPacketOptions, type ReturnedPacket } from './verification.js';
import { sheetFile } from './xlsx-table.js';

/** A returned packet, as read against the edition. */
export interface PacketReading {
  packet: ReturnedPacket;
  /** The edition it was read against (null when the editions cannot be read). */
  edition: number | null;
  /** The partner's name in the edition's year (as the packet's cover gives it), when the project has the partner the rows name. */
  partnerName: string | null;
  /** edition: each row against the edition's figures; check-codes: against its own check code only (`note`, or the unknown-partner message, says why). */
  checked: 'edition' | 'check-codes';
  note: string | null;
  /** 0 read (corrections or not), 1 problems in the packet, 3 the file cannot be read. */
  exit: 0 | 1 | 3;
}

/** Why a packet was not read at all (no such edition), with its exit code. */
export interface PacketRefusal {
  refusal: { reason: string; exit: 2 | 3 };
}

/**
 * Reads a returned verification packet against the project's edition (the one it was opened
 * for, else the newest).
 *
 * @param project
 *   The opened project.
 * @param path
 *   The workbook.
 * @param shown
 *   The file as messages name it.
 * @returns
 *   The corrections, the figures not confirmed and every problem at its cell; or the refusal.
 */
export async function readPacket(project: Project, path: string, shown: string): Promise<PacketReading | PacketRefusal> {
  const prepared = prepare(project);
  if (prepared.refusal) return { refusal: prepared.refusal };
  const { edition, dataset, metrics } = prepared;
  const names = new Set<string>(dataset ? [...dataset.reference.countries.map((c) => c.iso3), ...dataset.reference.organizations.map((o) => o.acronym)] : []);
  let stranger: string | undefined;
  const options: ReadPacketOptions = { shown };
  if (dataset && metrics) {
    options.sent = (partner) => {
      if (names.has(partner)) return verificationList(partner, metrics, publishedMetrics(project, metrics));
      stranger = partner;
      return undefined;
    };
  }
  const packet = await readReturnedPacket(path, options);
  if (stranger !== undefined) {
    packet.messages.push(message({ file: sheetFile(shown, W.sheets.figures) }, packetMessages.notAPartner(suggest(stranger, names)), { value: stranger }));
    packet.ok = false;
  }
  const errors = prepared.messages.filter((m) => m.severity === 'error').length;
  const year = edition?.year ?? null;
  const why = errors > 0 ? `The project's data has ${errors} error${errors === 1 ? '' : 's'} (vdr validate lists ${errors === 1 ? 'it' : 'them'})` : `The ${year ?? 'newest'} edition's figures could not be computed`;
  const note = options.sent !== undefined ? null : `${why}, so each row was checked against its own check code only, not against the figures of the ${year ?? 'newest'} edition.`;
  const unreadable = packet.messages.some((m) => m.severity === 'error' && m.ruleId.startsWith('file/'));
  return {
    packet,
    edition: year,
    partnerName: packet.partner === null || !dataset || !names.has(packet.partner) ? null : partnerName(dataset, packet.partner, year ?? metrics?.edition.year ?? 0),
    checked: options.sent && stranger === undefined ? 'edition' : 'check-codes',
    note,
    exit: unreadable ? 3 : packet.ok ? 0 : 1,
  };
}
