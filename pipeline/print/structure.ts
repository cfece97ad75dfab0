/**
 * The PDF's tagged structure (ISO 32000-1, 14.7), read and mended with pdf-lib: a walk over its
 * elements, the parent tree that maps marked content back to them, and the list bodies (LBody)
 * that Chromium leaves out of its list items.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFContext, type PDFDocument, type PDFObject } from 'pdf-lib';

/** One structure element: its dictionary, the reference it is stored under, its type. */
export interface StructureElement {
  ref: PDFRef;
  dict: PDFDict;
  /** The structure type as written (before the RoleMap), such as "P", "Figure", "Strong". */
  type: string;
  parent: StructureElement | undefined;
}

/** The catalog's structure tree root, when the PDF is tagged. */
export function structureRoot(document: PDFDocument): PDFDict | undefined {
  return document.context.lookupMaybe(document.catalog.get(PDFName.of('StructTreeRoot')), PDFDict);
}

/** A kid's entries as a list: /K may hold one kid or an array of them. */
export function kidsOf(context: PDFContext, dict: PDFDict): PDFObject[] {
  const kids = dict.get(PDFName.of('K'));
  if (kids === undefined) return [];
  const resolved = context.lookup(kids);
  return resolved instanceof PDFArray ? resolved.asArray() : [kids];
}

/** Every structure element under the root, in document order (each once). */
export function structureElements(document: PDFDocument): StructureElement[] {
  const context = document.context;
  const root = structureRoot(document);
  if (!root) return [];
  const found: StructureElement[] = [];
  const seen = new Set<string>();
  const stack: [PDFObject, StructureElement | undefined][] = kidsOf(context, root)
    .reverse()
    .map((kid) => [kid, undefined]);
  while (stack.length > 0) {
    const [kid, parent] = stack.pop()!;
    if (!(kid instanceof PDFRef) || seen.has(kid.toString())) continue;
    const dict = context.lookupMaybe(kid, PDFDict);
    const type = dict?.get(PDFName.of('S'));
    if (!dict || !(type instanceof PDFName)) continue;
    seen.add(kid.toString());
    const element: StructureElement = { ref: kid, dict, type: type.decodeText(), parent };
    found.push(element);
    for (const child of kidsOf(context, dict).reverse()) stack.push([child, element]);
  }
  return found;
}

/** A place in the parent tree: the array that holds the value and its index. */
interface Slot {
  holder: PDFArray;
  index: number;
}

/**
 * The parent tree's entries by key (a page's /StructParents, an annotation's /StructParent):
 * where each value is stored, so that it can be read and replaced.
 */
export function parentTreeSlots(document: PDFDocument): Map<number, Slot> {
  const context = document.context;
  const slots = new Map<number, Slot>();
  const tree = context.lookupMaybe(structureRoot(document)?.get(PDFName.of('ParentTree')), PDFDict);
  const seen = new Set<PDFDict>();
  const walk = (node: PDFDict | undefined): void => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    const nums = context.lookupMaybe(node.get(PDFName.of('Nums')), PDFArray);
    for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
      const key = nums.get(i);
      if (key instanceof PDFNumber) slots.set(key.asNumber(), { holder: nums, index: i + 1 });
    }
    const kids = context.lookupMaybe(node.get(PDFName.of('Kids')), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) walk(context.lookupMaybe(kids.get(i), PDFDict));
  };
  walk(tree);
  return slots;
}

/**
 * Gives every list item (LI) a list body: the item's kids other than its label (Lbl) move into a
 * new LBody element, as PDF/UA-1 asks (ISO 14289-1, 7.6; Matterhorn 16-002). Chromium tags a
 * list item's content directly under the LI. The parent tree is updated for marked content and
 * annotations that move.
 *
 * @returns
 *   How many list bodies were added.
 */
export function addListBodies(document: PDFDocument): number {
  const context = document.context;
  const slots = parentTreeSlots(document);
  const pageKeys = new Map(document.getPages().map((page) => [page.ref.toString(), page.node.get(PDFName.of('StructParents'))]));
  let added = 0;
  for (const item of structureElements(document)) {
    if (item.type !== 'LI') continue;
    const kids = kidsOf(context, item.dict);
    const typeOf = (kid: PDFObject): string | undefined => {
      const type = context.lookupMaybe(kid, PDFDict)?.get(PDFName.of('S'));
      return type instanceof PDFName ? type.decodeText() : undefined;
    };
    if (kids.some((kid) => typeOf(kid) === 'LBody')) continue;
    const body = kids.filter((kid) => typeOf(kid) !== 'Lbl');
    if (body.length === 0) continue;
    const page = item.dict.get(PDFName.of('Pg'));
    const bodyDict = context.obj({ Type: 'StructElem', S: 'LBody', P: item.ref, K: body });
    if (page) bodyDict.set(PDFName.of('Pg'), page);
    const bodyRef = context.register(bodyDict);
    const first = kids.indexOf(body[0]!);
    const rest = kids.filter((kid) => !body.includes(kid));
    item.dict.set(PDFName.of('K'), context.obj([...rest.slice(0, first), bodyRef, ...rest.slice(first)]));
    for (const kid of body) {
      const resolved = context.lookup(kid);
      if (resolved instanceof PDFDict && resolved.get(PDFName.of('Type')) === PDFName.of('OBJR')) {
        const key = context.lookupMaybe(resolved.get(PDFName.of('Obj')), PDFDict)?.get(PDFName.of('StructParent'));
        const slot = key instanceof PDFNumber ? slots.get(key.asNumber()) : undefined;
        if (slot) slot.holder.set(slot.index, bodyRef);
      } else if (resolved instanceof PDFDict && kid instanceof PDFRef && resolved.has(PDFName.of('S'))) {
        resolved.set(PDFName.of('P'), bodyRef);
      } else {
        // Marked content, as a bare MCID or a marked-content reference: its entry in its page's array.
        const mcid = resolved instanceof PDFNumber ? resolved : context.lookupMaybe(resolved, PDFDict)?.get(PDFName.of('MCID'));
        const onPage = (resolved instanceof PDFDict ? resolved.get(PDFName.of('Pg')) : undefined) ?? page;
        const key = onPage ? pageKeys.get(onPage.toString()) : undefined;
        const slot = key instanceof PDFNumber ? slots.get(key.asNumber()) : undefined;
        const list = slot ? context.lookupMaybe(slot.holder.get(slot.index), PDFArray) : undefined;
        if (list && mcid instanceof PDFNumber && mcid.asNumber() < list.size()) list.set(mcid.asNumber(), bodyRef);
      }
    }
    added++;
  }
  return added;
}
