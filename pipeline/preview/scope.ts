/**
 * What a changed file asks the preview to redo. Scopes are ordered: each redoes everything the
 * ones before it redo, and a batch of changes redoes its widest scope.
 */

/**
 * - `chapters`: a chapter of the edition shown, or content/references.yaml: compile the content,
 *   draw the charts (cached), write the HTML;
 * - `content`: anything else under content/ (another edition's chapters, which the "What
 *   changed" section may compare with): the same, and read the side compared with again;
 * - `data`: anything under data/, an edition.yaml or an edition's directory: validate, pick the edition, compute the
 *   metrics, then everything above;
 * - `schemas`: anything under schemas/: load the schemas again, then everything above.
 */
export const SCOPES = ['chapters', 'content', 'data', 'schemas'] as const;
export type Scope = (typeof SCOPES)[number];

/** The wider of two scopes (undefined: nothing yet). */
export function widest(a: Scope | undefined, b: Scope): Scope {
  return a === undefined || SCOPES.indexOf(b) > SCOPES.indexOf(a) ? b : a;
}

/**
 * Whether a file name is an editor's scratch file, never an input: vim's swap files and its
 * write test (4913), backups ending in ~, Emacs locks (.#name), hidden files (which no stage
 * reads), JetBrains' safe-write copies.
 */
export function isEditorScratch(name: string): boolean {
  return (
    name.startsWith('.') ||
    name.endsWith('~') ||
    /\.sw[a-p]$/.test(name) ||
    name === '4913' ||
    name.endsWith('___jb_tmp___') ||
    name.endsWith('___jb_old___')
  );
}

/**
 * The scope of one changed path.
 *
 * @param path
 *   Project-relative, with forward slashes, such as content/2021/pillar-1.md.
 * @param editionDir
 *   The directory of the edition shown, such as content/2021 (undefined before the first build).
 * @returns
 *   The scope, or undefined for a path no stage reads (an editor's scratch file, a path outside
 *   content/, data/ and schemas/).
 */
export function scopeOf(path: string, editionDir: string | undefined): Scope | undefined {
  const parts = path.split('/');
  const name = parts[parts.length - 1] ?? '';
  if (name === '' || parts.some(isEditorScratch)) return undefined;
  switch (parts[0]) {
    case 'schemas':
      return 'schemas';
    case 'data':
      return 'data';
    case 'content':
      // An edition.yaml, or a whole edition's directory: the list of editions may have changed.
      if ((parts.length === 3 && name === 'edition.yaml') || (parts.length === 2 && /^\d{4}$/.test(name))) return 'data';
      if (path === 'content/references.yaml') return 'chapters';
      if (editionDir !== undefined && parts.length === 3 && `${parts[0]}/${parts[1]}` === editionDir && name.endsWith('.md')) return 'chapters';
      return 'content';
    default:
      return undefined;
  }
}
