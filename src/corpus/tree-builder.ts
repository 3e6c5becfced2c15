import type { BlockKind, PlanBlock } from '../data/schema.ts';
import { CorpusError } from './corpus-error.ts';

/** A cleaned piece of one physical line. Clean text is only ever made by deleting characters from `line`. */
export interface Segment {
  line: number;
  text: string;
}

export type ContainerKind = 'part' | 'chapter' | 'section' | 'box' | 'item';

/** Nesting depth of each container kind; a new container closes every open one at its depth or deeper. */
export const containerLevel: Record<ContainerKind, number> = {
  part: 1,
  chapter: 2,
  section: 3,
  item: 3,
  box: 4,
};

interface OpenContainer {
  block: PlanBlock | null;
  level: number;
  leafCounters: Map<string, number>;
}

/**
 * Builds the block list of one document in reading order. Ids are paths of readable segments
 * (`p8/c27/s1/p2`): containers use the ordinal printed in the source, leaves count within their parent,
 * so an id survives a rebuild as long as the text before it in the same parent does not change.
 */
export class TreeBuilder {
  private readonly blocks: PlanBlock[] = [];
  private readonly byId = new Map<string, PlanBlock>();
  private readonly stack: OpenContainer[];

  constructor(
    private readonly documentId: string,
    private readonly sourcePath: string,
  ) {
    this.stack = [{ block: null, level: 0, leafCounters: new Map() }];
  }

  openContainer(
    kind: ContainerKind,
    segment: string,
    heading: { title?: string; text: string; line: number },
    level: number = containerLevel[kind],
  ): PlanBlock {
    this.closeTo(level - 1);
    const parent = this.current();
    const block: PlanBlock = {
      id: `${parent.block ? parent.block.id : this.documentId}/${segment}`,
      kind,
      ...(heading.title === undefined ? {} : { title: heading.title }),
      text: heading.text,
      lines: [heading.line, heading.line],
      parent: parent.block ? parent.block.id : null,
    };
    this.register(block, heading.line);
    this.stack.push({ block, level, leafCounters: new Map() });
    return block;
  }

  /** Closes containers deeper than `level` (0 closes everything). */
  closeTo(level: number): void {
    while (this.stack.length > 1 && (this.stack[this.stack.length - 1]?.level ?? 0) > level) this.stack.pop();
  }

  /** Kind of the innermost open container, or null at document level. */
  currentKind(): BlockKind | null {
    return this.current().block?.kind ?? null;
  }

  currentId(): string | null {
    return this.current().block?.id ?? null;
  }

  addParagraph(segments: Segment[], extra: { lead?: string; title?: string } = {}): PlanBlock | null {
    return this.addLeaf('paragraph', 'p', null, segments, extra);
  }

  addTable(segments: Segment[], title?: string): PlanBlock | null {
    return this.addLeaf('table', 't', null, segments, title === undefined ? {} : { title });
  }

  addFigure(number: number, segments: Segment[], title: string): PlanBlock | null {
    return this.addLeaf('figure', 'f', number, segments, { title });
  }

  /** Blocks in reading order, container ranges widened to cover their descendants. */
  finish(): PlanBlock[] {
    for (let index = this.blocks.length - 1; index >= 0; index--) {
      const block = this.blocks[index];
      if (!block?.parent) continue;
      const parent = this.byId.get(block.parent);
      if (parent && block.lines[1] > parent.lines[1]) parent.lines = [parent.lines[0], block.lines[1]];
    }
    return this.blocks;
  }

  private addLeaf(
    kind: BlockKind,
    prefix: string,
    number: number | null,
    segments: Segment[],
    extra: { lead?: string; title?: string },
  ): PlanBlock | null {
    const text = segments.map((segment) => segment.text).join('');
    const first = segments[0];
    const last = segments[segments.length - 1];
    if (!first || !last || (text.trim() === '' && extra.title === undefined)) return null;
    const parent = this.current();
    const ordinal = number ?? (parent.leafCounters.get(prefix) ?? 0) + 1;
    parent.leafCounters.set(prefix, ordinal);
    const block: PlanBlock = {
      id: `${parent.block ? parent.block.id : this.documentId}/${prefix}${ordinal}`,
      kind,
      ...(extra.title === undefined ? {} : { title: extra.title }),
      ...(extra.lead === undefined ? {} : { lead: extra.lead }),
      text,
      lines: [first.line, last.line],
      parent: parent.block ? parent.block.id : null,
    };
    this.register(block, first.line);
    return block;
  }

  private register(block: PlanBlock, line: number): void {
    if (this.byId.has(block.id)) {
      throw new CorpusError(
        this.sourcePath,
        line,
        `duplicate block id ${block.id}: heading numbering is broken`,
      );
    }
    this.byId.set(block.id, block);
    this.blocks.push(block);
  }

  private current(): OpenContainer {
    const top = this.stack[this.stack.length - 1];
    if (!top) throw new Error('tree builder stack is empty');
    return top;
  }
}
