/**
 * A CSV as a `data:` URL, for a link that downloads it from inside the report file, with no
 * request and no script. ASCII characters other than letters, digits and the marks a URL path
 * may hold are percent-encoded (spaces, line ends, quotes, `%`, `#`, `&`, `<`), as are the
 * characters a URL may not hold at all (C1 controls, noncharacters) and the byte order mark;
 * letters of other scripts stay as they are (the file is UTF-8, and the URL standard allows them:
 * Cyrillic or Arabic percent-encoded would take three times the room). The URL is valid for the
 * Nu Html Checker, survives the HTML attribute unescaped, and decodes (decodeURIComponent) to
 * exactly the CSV; the browser saves it as UTF-8.
 */
import { BOM } from './csv.js';

/** The ASCII that stays as it is: RFC 3986 unreserved characters and the sub-delimiters allowed in a path, but `&` and `'` (which the HTML would write as references). */
const SAFE_ASCII = /^[A-Za-z0-9\-_.~!$()*+,;=:@/?]$/;

/** Every character but the safe ASCII and the Basic Multilingual Plane's kept ranges (no BOM, no noncharacter). */
const MAYBE_ENCODED = /[^A-Za-z0-9\-_.~!$()*+,;=:@/?\u00a0-\ufdcf\ufdf0-\ufefe\uff00-\ufffd]/gu;

/** Whether a character stays as it is: safe ASCII, or a URL code point beyond ASCII (no C1 control, noncharacter or BOM). */
function kept(char: string): boolean {
  if (SAFE_ASCII.test(char)) return true;
  const code = char.codePointAt(0)!;
  return code >= 0xa0 && code !== 0xfeff && !(code >= 0xfdd0 && code <= 0xfdef) && (code & 0xfffe) !== 0xfffe;
}

/**
 * The URL of a CSV download, starting with the byte order mark (csv.ts).
 *
 * @param csv
 *   The CSV text, without the BOM.
 */
export function csvDataUrl(csv: string): string {
  // One pass over the text: only the characters outside the common kept ranges are looked at one by one.
  // encodeURIComponent leaves the apostrophe as it is.
  const body = (BOM + csv).replace(MAYBE_ENCODED, (char) => (kept(char) ? char : char === "'" ? '%27' : encodeURIComponent(char)));
  return `data:text/csv;charset=utf-8,${body}`;
}
