/**
 * The sources block: the plan passages behind what the figure highlights — the open passage, the selected
 * feature's mentions (first per document, documents in date order), then the passages naming the features tinted
 * by a plan colouring or a chapter. Pure: the dialog loads links.json and the plan texts and hands them in.
 */

import { documentOrder, passagesAbout } from '../linking/client/passages';
import { extractSentence } from '../linking/client/sentence';
import type { DocumentInfo } from '../linking/lookup';
import type { Link } from '../linking/types';

export interface SourceRef {
  doc: string;
  block: string;
  /** seeds/ line of the mention (or of the passage's first line); null until the block is known. */
  line: number | null;
  /** Mention span inside the block text, to cut the sentence around it; null = the block's first sentence. */
  span: { start: number; end: number } | null;
  reason: 'passage' | 'selection' | 'tint';
}

export interface HighlightState {
  passage: string | null;
  /** Passages a presented slide cites: they lead the block, in the slide's order. */
  slidePassages?: readonly string[];
  selection: string | null;
  tinted: readonly string[];
}

export function documentOfBlock(block: string): string {
  return block.split('/')[0] ?? block;
}

export function collectSources(
  links: readonly Link[],
  documents: readonly DocumentInfo[],
  state: HighlightState,
  limit: number,
): { refs: SourceRef[]; omitted: number } {
  const refs: SourceRef[] = [];
  const seen = new Set<string>();
  const add = (ref: SourceRef) => {
    const key = `${ref.doc}\u0000${ref.block}`;
    if (seen.has(key)) return;
    seen.add(key);
    refs.push(ref);
  };
  for (const block of state.slidePassages ?? [])
    add({ doc: documentOfBlock(block), block, line: null, span: null, reason: 'passage' });
  if (state.passage?.includes('/'))
    add({
      doc: documentOfBlock(state.passage),
      block: state.passage,
      line: null,
      span: null,
      reason: 'passage',
    });
  if (state.selection) {
    const rank = documentOrder(documents);
    const firstPerDoc = new Map<string, Link>();
    for (const link of links)
      if (link.feature === state.selection && !firstPerDoc.has(link.doc)) firstPerDoc.set(link.doc, link);
    const ordered = [...firstPerDoc.values()].sort(
      (a, b) => (rank.get(a.doc) ?? 1e9) - (rank.get(b.doc) ?? 1e9) || a.doc.localeCompare(b.doc),
    );
    for (const link of ordered)
      add({
        doc: link.doc,
        block: link.block,
        line: link.line,
        span: { start: link.start, end: link.end },
        reason: 'selection',
      });
  }
  if (state.tinted.length > 0) {
    for (const group of passagesAbout(links, new Set(state.tinted), documents))
      for (const passage of group.passages) {
        const first = passage.links[0];
        add({
          doc: passage.doc,
          block: passage.block,
          line: passage.line,
          span: first ? { start: first.start, end: first.end } : null,
          reason: 'tint',
        });
      }
  }
  return { refs: refs.slice(0, limit), omitted: Math.max(0, refs.length - limit) };
}

const TERMINATOR = /[。！？；!?;\n]/;

/** The sentence to print: around the mention when there is one, else the block's first sentence; clipped. */
export function sourceSentence(text: string, span: SourceRef['span'], maxChars: number): string {
  if (span) {
    const sentence = extractSentence(text, span.start, span.end, [], maxChars);
    return `${sentence.clippedStart ? '…' : ''}${sentence.text.replace(/\s+/g, ' ').trim()}${sentence.clippedEnd ? '…' : ''}`;
  }
  const match = TERMINATOR.exec(text);
  const first = (match ? text.slice(0, match.index + 1) : text).replace(/\s+/g, ' ').trim();
  return first.length > maxChars ? `${first.slice(0, maxChars - 1)}…` : first;
}

export interface SourceLine {
  /** 《Document title》 */
  title: string;
  /** "sc15/p8/c27 · seeds/000_….txt line 812" */
  address: string;
  sentence: string;
}

export interface SourceDocument {
  title: string;
  /** seeds/ file the document was parsed from. */
  source: string;
}

export function sourceLine(
  ref: SourceRef,
  document: SourceDocument | undefined,
  block: { text: string; lines: [number, number] } | undefined,
  /** "seeds/000.txt 第 12 行" or "seeds/000.txt line 12". */
  formatLine: (file: string, line: number) => string,
  maxChars: number,
): SourceLine {
  const line = ref.line ?? block?.lines[0] ?? null;
  const file = document?.source ?? '';
  const address = [ref.block, file && line !== null ? formatLine(file, line) : file]
    .filter(Boolean)
    .join(' · ');
  return {
    title: document?.title ?? ref.doc,
    address,
    sentence: block ? sourceSentence(block.text, ref.span, maxChars) : '',
  };
}
