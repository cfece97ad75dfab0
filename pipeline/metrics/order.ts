import type { Sex } from '../model.js';

/** The order sexes are listed in: the total first, then the disaggregations. */
export const SEX_ORDER: readonly Sex[] = ['total', 'female', 'male'];
