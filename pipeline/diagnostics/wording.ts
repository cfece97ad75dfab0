/**
 * The phrases the stages' catalogues share, written once so that every message words a list, a
 * likely intended value and a suggestion the same way.
 */

/**
 * Items separated by commas.
 *
 * @param items
 *   The items, in the order to show them.
 * @param max
 *   (optional; default: all) How many to show; past it, the first `max` and how many in all.
 */
export const list = (items: readonly string[], max = Infinity): string =>
  items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')}, ... (${items.length} in all)`;

/** A fix that offers the likely intended value first, when there is one. */
export const meant = (suggestion: string | undefined, fix: string): string =>
  suggestion ? `write ${suggestion} if that is what was meant; otherwise ${fix}` : fix;

/** A question that ends a reason with the likely intended value, when there is one. */
export const didYouMean = (suggestion: string | undefined): string => (suggestion ? `; did you mean ${suggestion}?` : '');
