/**
 * Fetches the plan catalogue (index.json) and the document files, each at most once per session. Only the document
 * being read is fetched: the search worker fetches its own copies, so the reader never waits for the whole corpus.
 */
import type { CorpusIndex, IndexEntry, PlanDocument } from '../corpus/types.ts';

export type FetchJson = (url: string) => Promise<unknown>;

export interface DocumentLoader {
  loadIndex(): Promise<IndexEntry[]>;
  loadDocument(documentId: string): Promise<PlanDocument>;
  /** The document if it is already in memory, so a re-render does not flash a loading state. */
  cachedDocument(documentId: string): PlanDocument | undefined;
  /** Absolute URL of a document file, for the search worker (whose own base URL is its script's). */
  documentUrl(entry: IndexEntry): string;
}

export const INDEX_PATH = 'data/plans/index.json';

/**
 * `baseUrl` is the app's base (document.baseURI in the browser). A failed fetch is not cached, so "try again"
 * really fetches again.
 */
export function createDocumentLoader(baseUrl: string, fetchJson: FetchJson): DocumentLoader {
  let index: Promise<IndexEntry[]> | null = null;
  const documents = new Map<string, Promise<PlanDocument>>();
  const loaded = new Map<string, PlanDocument>();
  const resolve = (path: string) => new URL(path, baseUrl).href;

  const loadIndex = (): Promise<IndexEntry[]> => {
    if (!index) {
      index = fetchJson(resolve(INDEX_PATH)).then((value) => {
        const entries = (value as CorpusIndex | null)?.documents;
        if (!Array.isArray(entries)) throw new Error(`${INDEX_PATH}: no "documents" list`);
        return entries;
      });
      index.catch(() => {
        index = null;
      });
    }
    return index;
  };

  const loadDocument = (documentId: string): Promise<PlanDocument> => {
    let pending = documents.get(documentId);
    if (!pending) {
      pending = loadIndex().then(async (entries) => {
        const entry = entries.find((candidate) => candidate.id === documentId);
        if (!entry) throw new Error(`unknown document "${documentId}"`);
        const document = (await fetchJson(resolve(entry.file))) as PlanDocument;
        if (document?.id !== documentId || !Array.isArray(document.blocks))
          throw new Error(`${entry.file}: not the document "${documentId}"`);
        loaded.set(documentId, document);
        return document;
      });
      documents.set(documentId, pending);
      pending.catch(() => documents.delete(documentId));
    }
    return pending;
  };

  return {
    loadIndex,
    loadDocument,
    cachedDocument: (documentId) => loaded.get(documentId),
    documentUrl: (entry) => resolve(entry.file),
  };
}

/** The browser's fetch, with HTTP errors turned into rejections that name the file. */
export async function fetchJsonOverHttp(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}
