/** The charts' words in English. */
import type { ChartStrings } from './strings.js';

export const en: ChartStrings = {};
