/**
 * Slots keep what the project generates out of the sanitiser's reach. A directive (or an
 * acronym, a document symbol) is replaced in the Markdown tree by a `vdrSlot` node, and its HTML
 * is kept aside. The slot passes through remark-rehype and rehype-raw as its own node type, so
 * no author's HTML can look like one; just before sanitising it becomes a placeholder element
 * with the one attribute the schema adds (data-vdr-slot), and right after sanitising the
 * placeholder is replaced by the HTML kept aside. Author's HTML that writes data-vdr-slot loses
 * it before that (see `rehypeVdrSlotsOut` in to-hast.ts).
 */
import type { ElementContent } from 'hast';
import type { Position } from 'unist';

/** A slot in the Markdown tree: `block` ones stand for a paragraph-level element. */
export interface SlotNode {
  type: 'vdrSlot';
  slot: number;
  block: boolean;
  position?: Position;
  data?: Record<string, never>;
}

declare module 'mdast' {
  interface RootContentMap {
    vdrSlot: SlotNode;
  }
  interface BlockContentMap {
    vdrSlot: SlotNode;
  }
  interface PhrasingContentMap {
    vdrSlot: SlotNode;
  }
}

declare module 'hast' {
  interface RootContentMap {
    vdrSlot: SlotNode;
  }
  interface ElementContentMap {
    vdrSlot: SlotNode;
  }
}

/** The attribute of a placeholder (data-vdr-slot in HTML), as a hast property name. */
export const SLOT_PROPERTY = 'dataVdrSlot';

/** The generated HTML of every slot of a build. */
export class Slots {
  private readonly contents: ElementContent[][] = [];

  /**
   * Keeps generated HTML aside.
   *
   * @param content
   *   The nodes that will stand in the slot's place.
   * @param block
   *   Whether they are paragraph-level (a figure, a table) rather than inline.
   * @param position
   *   Where the Markdown that made them was written (optional).
   * @returns
   *   The slot node to put in the Markdown tree.
   */
  add(content: ElementContent[], block: boolean, position?: Position): SlotNode {
    this.contents.push(content);
    const node: SlotNode = { type: 'vdrSlot', slot: this.contents.length - 1, block };
    if (position) node.position = position;
    return node;
  }

  /** The content of a slot; undefined for a number no slot has. */
  get(slot: number): ElementContent[] | undefined {
    return this.contents[slot];
  }
}
