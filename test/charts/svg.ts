/**
 * A small, strict XML reader for the tests: enough to check that an SVG is well formed (every
 * element closed in order, attributes quoted, no stray < or &) and to count the marks vega drew.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;

function checkText(text: string, where: string): void {
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    if (!ENTITY.test(text.slice(i))) throw new Error(`bare & in ${where}: ${text.slice(i, i + 20)}`);
  }
  if (text.includes('<')) throw new Error(`bare < in ${where}`);
}

/** Parses one XML document; throws on anything not well formed. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let i = 0;
  while (i < xml.length) {
    const open = xml.indexOf('<', i);
    const text = xml.slice(i, open < 0 ? xml.length : open);
    checkText(text, `text of <${stack[stack.length - 1]!.name}>`);
    stack[stack.length - 1]!.text += text;
    if (open < 0) break;
    const close = xml.indexOf('>', open);
    if (close < 0) throw new Error(`unclosed tag at ${open}`);
    const tag = xml.slice(open + 1, close);
    i = close + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const top = stack.pop();
      if (!top || top.name !== name) throw new Error(`</${name}> closes <${top?.name ?? 'nothing'}>`);
      continue;
    }
    if (tag.startsWith('?') || tag.startsWith('!')) continue;
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const name = /^[A-Za-z_][\w:.-]*/.exec(body)?.[0];
    if (!name) throw new Error(`bad tag <${tag.slice(0, 30)}>`);
    const attributes: Record<string, string> = {};
    const rest = body.slice(name.length);
    const attribute = /\s+([A-Za-z_:][\w:.-]*)="([^"]*)"/gy;
    let last = 0;
    for (let m = attribute.exec(rest); m; m = attribute.exec(rest)) {
      if (m[1]! in attributes) throw new Error(`attribute ${m[1]} twice in <${name}>`);
      checkText(m[2]!, `attribute ${m[1]} of <${name}>`);
      attributes[m[1]!] = m[2]!;
      last = attribute.lastIndex;
    }
    if (rest.slice(last).trim() !== '') throw new Error(`bad attributes in <${name}>: ${rest.slice(last, last + 30)}`);
    const element: XmlElement = { name, attributes, children: [], text: '' };
    stack[stack.length - 1]!.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (root.children.length !== 1) throw new Error('the document must have exactly one root element');
  return root.children[0]!;
}

/** Every element below `element` (depth first) that matches. */
export function findAll(element: XmlElement, match: (e: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (e: XmlElement): void => {
    if (match(e)) found.push(e);
    e.children.forEach(visit);
  };
  visit(element);
  return found;
}

/** The items of vega's user marks of a type ('symbol', 'rect', 'shape', 'text', 'rule', 'line'): the children of <g class="mark-TYPE role-mark ...">. */
export function markItems(svg: XmlElement, type: string): XmlElement[] {
  return findAll(svg, (e) => e.name === 'g' && (e.attributes['class'] ?? '').split(' ').includes(`mark-${type}`) && (e.attributes['class'] ?? '').includes('role-mark')).flatMap(
    (g) => g.children,
  );
}
