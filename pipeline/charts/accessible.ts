/**
 * Finishes vega's SVG for inlining in the report:
 * - role="img" with <title> and <desc> (vega drops the description), referenced by
 *   aria-labelledby and aria-describedby, so a screen reader announces the chart by its title and
 *   can read its description;
 * - every id prefixed with the figure's id, so two charts inlined in one page never share an id
 *   (vega numbers its clip paths clip1, clip2, ... in every chart);
 * - vega's per-mark ARIA attributes removed: inside role="img" they are presentational anyway.
 * Map coordinates are rounded before vega sees them (geometry.ts), so paths stay short.
 */

/** Escapes text for an XML element or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A valid, stable id prefix from a figure id: letters, digits, '-' and '_', starting with a letter. */
export function idPrefix(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9_-]/g, '-');
  return /^[A-Za-z]/.test(safe) ? safe : `fig-${safe}`;
}

/**
 * Adds the accessible name and description, and prefixes ids.
 *
 * @param svg
 *   The SVG as vega's toSVG wrote it.
 * @param figure
 *   The figure's id, title and description.
 */
export function finishSvg(svg: string, figure: { id: string; title: string; description: string }): string {
  const prefix = idPrefix(figure.id);
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('vega returned no <svg> element');
  const root = open[0]
    .replace(/\s(?:role|aria-[a-z]+)="[^"]*"/g, '')
    .replace(/>$/, ` role="img" aria-labelledby="${prefix}-title" aria-describedby="${prefix}-desc">`);
  const head = `<title id="${prefix}-title">${escapeXml(figure.title)}</title><desc id="${prefix}-desc">${escapeXml(figure.description)}</desc>`;
  const body = svg
    .slice(open[0].length)
    .replace(/\s(?:role|aria-[a-z]+)="[^"]*"/g, '')
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}-${id})`);
  return root + head + body;
}
