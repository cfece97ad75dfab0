/**
 * Every word the charts draw: titles, axes, legends, status names, descriptions, map labels. One
 * object per language beside this file (en.ts, fr.ts, ...); pipeline/i18n/index.ts joins each to
 * its language's other words.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ChartStrings {}
