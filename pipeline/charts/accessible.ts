/**
 * Finishes vega's SVG for inlining in the report:
 * - role="img" with <title> and <desc> (vega drops the description), referenced by
 *   aria-labelledby and aria-describedby, so a screen reader announces the chart by its title and
 *   can read its description;
 * - every id prefixed with the figure's id, so two charts inlined in one page never share an id
 *   (vega numbers its clip paths clip1, clip2, ... in every chart);
 * - vega's per-mark ARIA attributes removed: inside role="img" they are presentational anyway.
 * - for a right-to-left chart (dir rtl), the SVG keeps the left-to-right direction vega laid it
 *   out in (direction="ltr" on the root, which a dir="rtl" page would otherwise pass down and so
 *   swap every text's start and end), and each text with Arabic letters is wrapped in a
 *   right-to-left isolate (U+2067 ... U+2069), so it reads right to left where vega placed it.
 * Map coordinates are rounded before vega sees them (geometry.ts), so paths stay short.
 */

/** A letter of the Arabic script (not its digits, which take the direction around them). */
const ARABIC_LETTER = /(?!\p{Nd})\p{Script=Arabic}/u;

/** Wraps the text of every <text> and <tspan> that has Arabic letters in a right-to-left isolate. */
export function isolateRtlText(body: string): string {
  return body.replace(/(<(?:text|tspan)\b[^>]*>)([^<]+)/g, (whole, open: string, text: string) => (ARABIC_LETTER.test(text) ? `${open}\u2067${text}\u2069` : whole));
}

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
export function finishSvg(svg: string, figure: { id: string; title: string; description: string; dir?: 'ltr' | 'rtl' }): string {
  const rtl = figure.dir === 'rtl';
  const prefix = idPrefix(figure.id);
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('vega returned no <svg> element');
  const root = open[0]
    .replace(/\s(?:role|aria-[a-z]+)="[^"]*"/g, '')
    .replace(/>$/, ` role="img" aria-labelledby="${prefix}-title" aria-describedby="${prefix}-desc"${rtl ? ' direction="ltr"' : ''}>`);
  const head = `<title id="${prefix}-title">${escapeXml(figure.title)}</title><desc id="${prefix}-desc">${escapeXml(figure.description)}</desc>`;
  const drawn = svg.slice(open[0].length);
  const body = (rtl ? isolateRtlText(drawn) : drawn)
    .replace(/\s(?:role|aria-[a-z]+)="[^"]*"/g, '')
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}-${id})`);
  return root + head + body;
}
