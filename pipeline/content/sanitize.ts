/**
 * What an author's HTML may keep, and what it is told it lost.
 *
 * The schema is rehype-sanitize's default (GitHub's), made stricter for a report that must open
 * offline as one file, and extended by exactly one attribute the project itself generates:
 * - stricter: whole subtrees of <style>, <svg>, <math>, frames, objects, forms and the like are
 *   dropped with their content; <picture>/<source> (srcset) go; an <img> keeps its src only when
 *   it is a data: URL of a PNG, JPEG, GIF or WebP image; links keep only http, https and mailto
 *   (and #fragments); `cite` and `longDesc` URLs go;
 * - extended: `data-vdr-slot` on <div> and <span>, the placeholders of slots.ts, which are
 *   replaced by generated HTML right after sanitising.
 * Ids an author writes are prefixed (user-content-) so they cannot clobber the report's own.
 *
 * `findUnsafe` walks the tree before sanitising and reports, at its line and column, what would
 * run code or load something from outside the report: such HTML is an error (a final build
 * fails), though it is harmless either way since the sanitiser removes it.
 */
import type { Element, Root } from 'hast';
import type { Schema } from 'hast-util-sanitize';
import { defaultSchema } from 'rehype-sanitize';
import { visit } from 'unist-util-visit';
import type { MessageText, Place } from '../diagnostics/message.js';
import { contentMessages } from './messages.js';
import { SLOT_PROPERTY } from './slots.js';

/** Elements removed with everything inside them. */
const STRIPPED = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'title',
  'head',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'noscript',
  'noembed',
  'noframes',
  'template',
  'svg',
  'math',
  'form',
  'button',
  'textarea',
  'select',
  'option',
  'audio',
  'video',
  'track',
  'canvas',
  'portal',
  'xmp',
  'plaintext',
];

/** Raster images an <img> may carry inline. */
export const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*$/;

const allowed = (defaultSchema.tagNames ?? []).filter((t) => !['picture', 'source'].includes(t));
const attributes = { ...defaultSchema.attributes };
attributes['img'] = ['alt', 'width', 'height', ['src', DATA_IMAGE]];
for (const tag of ['blockquote', 'del', 'ins', 'q']) delete attributes[tag];
attributes['div'] = [...(attributes['div'] ?? []), SLOT_PROPERTY];
attributes['span'] = [...(attributes['span'] ?? []), SLOT_PROPERTY];
delete attributes['source'];

/** The one schema of the report. */
export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: allowed,
  attributes,
  strip: STRIPPED,
  protocols: { href: ['http', 'https', 'mailto'], src: ['data'] },
};

/** Attributes whose value is a URL. */
const URL_PROPERTIES = new Set(['href', 'src', 'action', 'formAction', 'poster', 'data', 'cite', 'longDesc', 'background', 'xLinkHref', 'codeBase', 'manifest', 'ping', 'srcSet', 'imageSrcSet', 'dynsrc', 'lowsrc']);
/** Attributes that would make the browser fetch something on load. */
const RESOURCE_PROPERTIES = new Set(['src', 'srcSet', 'imageSrcSet', 'poster', 'background', 'data', 'dynsrc', 'lowsrc', 'codeBase', 'manifest']);

const protocolOf = (url: string): string | undefined => {
  // Browsers ignore control characters and spaces in a scheme ("java\tscript:").
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const colon = cleaned.indexOf(':');
  if (colon < 0) return undefined;
  const slash = cleaned.search(/[/?#]/);
  if (slash >= 0 && slash < colon) return undefined;
  return cleaned.slice(0, colon).toLowerCase();
};

/**
 * Removes the form controls an author wrote: the sanitiser would keep an <input> only to turn it
 * into a disabled checkbox (the form GitHub's task lists take).
 *
 * @param tree
 *   The chapter's hast, after rehype-raw (changed in place).
 */
export function dropWrittenInputs(tree: Root): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'input' || node.position === undefined || !parent || index === undefined) return undefined;
    parent.children.splice(index, 1);
    return index;
  });
}

/**
 * The unsafe parts of a tree that has not been sanitised yet: elements that would run code, open
 * a frame or load something; event handlers; script and data URLs; remote resources; styles.
 *
 * @param tree
 *   The chapter's hast, after rehype-raw.
 * @returns
 *   One message text per problem, with its place when the node has one.
 */
export function findUnsafe(tree: Root): { text: MessageText; place: Place | undefined; value: string }[] {
  const found: { text: MessageText; place: Place | undefined; value: string }[] = [];
  visit(tree, 'element', (node: Element) => {
    const place = node.position ? { line: node.position.start.line, column: node.position.start.column } : undefined;
    const tag = node.tagName;
    // GFM task lists make disabled checkboxes, without a position; an <input> with one was written.
    const writtenInput = tag === 'input' && node.position !== undefined;
    if ((STRIPPED.includes(tag) && tag !== 'title') || writtenInput) {
      found.push({ text: contentMessages.unsafeElement(tag), place, value: `<${tag}>` });
      return 'skip';
    }
    for (const [name, value] of Object.entries(node.properties)) {
      if (value === undefined || value === null || value === false) continue;
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      if (name === SLOT_PROPERTY) {
        found.push({ text: contentMessages.reservedAttribute(tag), place, value: text });
      } else if (/^on/i.test(name)) {
        found.push({ text: contentMessages.unsafeAttribute(name.toLowerCase(), tag), place, value: text });
      } else if (name === 'style') {
        if (/url\s*\(|@import|expression\s*\(/i.test(text)) found.push({ text: contentMessages.remoteStyle(tag), place, value: text });
      } else if (URL_PROPERTIES.has(name)) {
        const protocol = protocolOf(text);
        const remote = protocol === 'http' || protocol === 'https' || /^\s*\/\//.test(text);
        if (tag === 'img' && name === 'src' && DATA_IMAGE.test(text)) continue;
        if (RESOURCE_PROPERTIES.has(name) && (remote || protocol === undefined)) {
          found.push({ text: contentMessages.remoteResource(name.toLowerCase(), tag), place, value: text });
        } else if (protocol !== undefined && !['http', 'https', 'mailto'].includes(protocol)) {
          found.push({ text: contentMessages.unsafeUrl(name.toLowerCase(), tag), place, value: text });
        }
      }
    }
    return undefined;
  });
  return found;
}
