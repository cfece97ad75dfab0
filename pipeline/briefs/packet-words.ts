/**
 * The words of a verification packet (English: partners return packets to the Paris Pact
 * Coordination Unit, which works in English), and what the writer and the reader of a packet
 * share: the figures sheet's name, its column headers, the words of its key cells, and the check
 * code that tells a row the packet sent from one edited or added by hand.
 */
import { createHash } from 'node:crypto';
import type { Sex } from '../model.js';
import { workbookEn } from '../publish/workbook-words.js';
import type { FigureKind, FigureRole, PartnerFigure } from './verify.js';

/** The words of a packet. */
export const PACKET_WORDS = {
  sheets: { cover: 'Cover', contents: 'Contents', figures: 'Figures', notes: 'Notes' },
  title: (report: string, partner: string) => `${report}: figures of ${partner} to verify`,
  cover: {
    partner: 'Partner',
    partnerText: (name: string, code: string) => `${name}, ${code}`,
    edition: 'Edition',
    editionText: (year: number) => `${year} edition`,
    version: 'Version',
    draft: 'Draft: the edition has not been published, and its figures may still change.',
    date: 'Date',
    about: 'About this workbook',
    aboutText: (count: number, listed: number) =>
      `Every figure of yours that the report prints (${count}): for each indicator, the baseline and the current figure, the year each is of, and the line of the data it came from. ${listed} of them are new or changed since the last published edition; they are marked in the column "Since last published", with the figure published then.`,
    compared: 'Compared with',
    fill: 'How to fill it in',
    fillText:
      'On the Figures sheet, for each row: write yes in "Confirmed (yes/no)" when the figure is right. When it is wrong, write no, the right figure in "Corrected value" (a number only, in the unit of the row, without thousands separators or notes), and what is wrong in "Comment". Leave every other column as it is: vdr reads the workbook back by them, and the check code of each row tells an edited row from the one sent. Do not add rows: write a missing figure in "Comment" of the indicator’s row.',
    returning: 'How to return it',
    returnText: 'Save the workbook as an Excel workbook (.xlsx) under the same name and send it back to the Paris Pact Coordination Unit, United Nations Office on Drugs and Crime (UNODC).',
    figures: 'The figures',
  },
  contents: {
    cover: 'The partner, the edition and its version, and how to fill in and return the workbook.',
    figures: 'Every figure of the partner that the report prints, to confirm or correct.',
    notes: 'Flags, reasons for missing figures, statuses and the counting rules.',
  },
  figures: {
    heading: 'Figures to verify',
    holds: (partner: string, edition: number) => `One row for each figure of ${partner} in the ${edition} edition: the baseline and the current figure of each indicator, as vdr holds them (unrounded).`,
    fill: 'Fill in the columns Confirmed (yes/no), Corrected value and Comment. Keep the other columns as they are.',
  },
  /** The one row of a partner without figures. */
  none: 'The report prints no figure of this partner.',
  columns: {
    partner: 'Partner',
    indicator: 'Indicator',
    title: 'Indicator title',
    sex: 'Sex',
    figure: 'Figure',
    year: 'Year',
    value: 'Value held',
    unit: 'Unit',
    flag: 'Flag',
    source: 'Source (file:line)',
    kind: 'Since last published',
    previousYear: 'Published year',
    previousValue: 'Published value',
    confirmed: 'Confirmed (yes/no)',
    corrected: 'Corrected value',
    comment: 'Comment',
    check: 'Check code (do not edit)',
  },
  roles: { baseline: 'baseline', current: 'current' } satisfies Record<FigureRole, string>,
  kinds: { new: 'new', changed: 'changed', unchanged: 'unchanged' } satisfies Record<FigureKind, string>,
  sexes: workbookEn.sexes satisfies Record<Sex, string>,
  yes: 'yes',
  no: 'no',
};

/** The columns a packet's reader must find, and the key columns the check code is made of, in order. */
export const KEY_COLUMNS = ['partner', 'indicator', 'sex', 'figure', 'year', 'value'] as const;

/** A key column's cell, as the check code reads it: text as written, a number in its shortest form, empty as ''. */
export type KeyText = Record<(typeof KEY_COLUMNS)[number], string>;

/** A figure's key cells as the packet writes them; without a figure, those of the one row of a partner without figures. */
export function keyOf(partner: string, f?: PartnerFigure): KeyText {
  if (!f) return { partner, indicator: '', sex: '', figure: '', year: '', value: '' };
  return { partner, indicator: f.indicator, sex: PACKET_WORDS.sexes[f.sex], figure: PACKET_WORDS.roles[f.role], year: f.year === null ? '' : String(f.year), value: f.value === null ? '' : String(f.value) };
}

/**
 * A row's check code: the first 12 hex digits of the sha256 of its key cells. A row whose key cells
 * no longer give its code was edited; a row without a code was added.
 */
export function checkCode(key: KeyText): string {
  return createHash('sha256')
    .update(KEY_COLUMNS.map((c) => key[c]).join('\u001f'))
    .digest('hex')
    .slice(0, 12);
}

/** The workbook file of a partner's packet: verify-2021-AFG.xlsx (a character a file name cannot hold becomes a hyphen). */
export function packetFile(partner: string, edition: number): string {
  return `verify-${edition}-${partner.replace(/[^A-Za-z0-9._-]/g, '-')}.xlsx`;
}
