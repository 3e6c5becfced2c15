/**
 * Full-text search over the plan corpus, for the reader's search box. Pure and synchronous: the UI runs it in a
 * web worker or directly (a query takes a few milliseconds; see bench/corpus.bench.ts), and loads the index
 * prebuilt at build time (public/data/plans/search-index.json) so no client ever tokenises the whole corpus.
 */
import MiniSearch from 'minisearch';
import type { PlanBlock } from '../data/schema.ts';
import {
  indexTokens,
  isSingleHanCharacter,
  normalizeForSearch,
  queryTerms,
  queryTokens,
} from './search-tokenizer.ts';

export interface SearchHit {
  blockId: string;
  docId: string;
  score: number;
  /** A window of the block's text around the first match (ellipses are not added; see `snippetStart`). */
  snippet: string;
  /** Offset of the snippet in the block text, so the UI can add "…" when it is not 0. */
  snippetStart: number;
  /** [start, end) ranges within `snippet` to highlight. */
  highlights: [number, number][];
}

export interface SearchOptions {
  /** Only blocks of this document (or these documents). */
  doc?: string | string[];
  /** Most hits returned; default 50. */
  limit?: number;
}

export interface CorpusSearch {
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Number of indexed blocks. */
  readonly blockCount: number;
}

type SearchableDocument = { id: string; blocks: Pick<PlanBlock, 'id' | 'title' | 'text'>[] };
interface IndexedBlock {
  id: string;
  text: string;
}

const snippetBefore = 30;
const snippetLength = 110;
/** Hits whose text holds the query term literally rank above hits that only share its bigrams. */
const exactMatchBoost = 3;

const miniSearchOptions = {
  idField: 'id',
  fields: ['text'],
  storeFields: [] as string[],
  tokenize: indexTokens,
  processTerm: (term: string) => term,
  searchOptions: {
    tokenize: queryTokens,
    processTerm: (term: string) => term,
    combineWith: 'AND' as const,
    prefix: (term: string) => isSingleHanCharacter(term),
  },
};

/** Text indexed for a block: its title (headings, box items) and its clean text. */
function searchableText(block: Pick<PlanBlock, 'title' | 'text'>): string {
  return block.title && !block.text.includes(block.title) ? `${block.title}\n${block.text}` : block.text;
}

function indexedBlocks(documents: SearchableDocument[]): IndexedBlock[] {
  return documents.flatMap((document) =>
    document.blocks.map((block) => ({ id: block.id, text: searchableText(block) })),
  );
}

/** Builds the index in memory (build step, tests, or a worker without the prebuilt file). */
export function createSearch(documents: SearchableDocument[]): CorpusSearch {
  const blocks = indexedBlocks(documents);
  const index = new MiniSearch<IndexedBlock>(miniSearchOptions);
  index.addAll(blocks);
  return wrap(index, blocks);
}

/** Serialized index for public/data/plans/search-index.json. */
export function serializeSearchIndex(documents: SearchableDocument[]): string {
  const index = new MiniSearch<IndexedBlock>(miniSearchOptions);
  index.addAll(indexedBlocks(documents));
  return JSON.stringify(index);
}

/** Loads the prebuilt index; `documents` supply the texts for snippets (only those loaded get snippets). */
export function loadSearch(serializedIndex: string, documents: SearchableDocument[]): CorpusSearch {
  const index = MiniSearch.loadJSON<IndexedBlock>(serializedIndex, miniSearchOptions);
  return wrap(index, indexedBlocks(documents));
}

function documentIdOf(blockId: string): string {
  const slash = blockId.indexOf('/');
  return slash === -1 ? blockId : blockId.slice(0, slash);
}

function wrap(index: MiniSearch<IndexedBlock>, blocks: IndexedBlock[]): CorpusSearch {
  const textById = new Map(blocks.map((block) => [block.id, block.text]));
  // Normalised once up front: a frequent term matches thousands of blocks, all checked for the literal term.
  const normalizedById = new Map(blocks.map((block) => [block.id, normalizeForSearch(block.text)]));
  const normalized = (id: string): string => normalizedById.get(id) ?? '';
  return {
    blockCount: index.documentCount,
    search(query: string, options: SearchOptions = {}): SearchHit[] {
      const terms = queryTerms(query);
      if (terms.length === 0 || queryTokens(query).length === 0) return [];
      const wanted =
        options.doc === undefined ? null : new Set(Array.isArray(options.doc) ? options.doc : [options.doc]);
      const results = index.search(
        query,
        wanted ? { filter: (result) => wanted.has(documentIdOf(String(result.id))) } : {},
      );
      const scored = results.map((result) => {
        const id = String(result.id);
        const text = normalized(id);
        const exact = terms.every((term) => text.includes(term));
        return { id, score: exact ? result.score * exactMatchBoost : result.score };
      });
      // Stable order for equal scores: by block id, so results do not depend on index insertion details.
      scored.sort((left, right) => right.score - left.score || (left.id < right.id ? -1 : 1));
      return scored.slice(0, options.limit ?? 50).map(({ id, score }) => ({
        blockId: id,
        docId: documentIdOf(id),
        score,
        ...makeSnippet(textById.get(id) ?? '', normalized(id), terms, queryTokens(query)),
      }));
    },
  };
}

/** Highlight ranges of the literal terms, or of the query bigrams when no term occurs literally. */
export function makeSnippet(
  text: string,
  normalizedText: string,
  terms: string[],
  tokens: string[],
): Pick<SearchHit, 'snippet' | 'snippetStart' | 'highlights'> {
  let ranges = findRanges(normalizedText, terms);
  if (ranges.length === 0) ranges = findRanges(normalizedText, tokens);
  const first = ranges[0];
  const start = first ? Math.max(0, first[0] - snippetBefore) : 0;
  const end = Math.min(text.length, start + snippetLength);
  const highlights = ranges
    .filter(([from, to]) => from >= start && to <= end)
    .map(([from, to]): [number, number] => [from - start, to - start]);
  return { snippet: text.slice(start, end), snippetStart: start, highlights };
}

/** Non-overlapping occurrences of the needles, in text order. */
function findRanges(text: string, needles: string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const needle of needles) {
    if (needle === '') continue;
    let from = text.indexOf(needle);
    while (from !== -1) {
      ranges.push([from, from + needle.length]);
      from = text.indexOf(needle, from + needle.length);
    }
  }
  ranges.sort((left, right) => left[0] - right[0] || right[1] - left[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] < last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
