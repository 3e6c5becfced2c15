/**
 * Messages between the main thread and the search worker. The worker fetches the document files and builds the
 * index itself (about 2 s of CPU for the whole corpus), so the main thread never tokenises anything.
 */
import { type CorpusSearch, createSearch, type SearchHit, type SearchOptions } from './search.ts';
import type { PlanDocument } from './types.ts';

export type SearchRequest =
  | { type: 'load'; documentUrls: string[] }
  | { type: 'search'; requestId: number; query: string; options?: SearchOptions };

export type SearchResponse =
  | { type: 'ready'; blockCount: number; buildMilliseconds: number }
  | { type: 'result'; requestId: number; hits: SearchHit[] }
  | { type: 'error'; requestId: number | null; message: string };

export type FetchJson = (url: string) => Promise<unknown>;

/**
 * The worker's logic without the worker: keeps the index, answers requests. Searches that arrive before the index
 * is ready wait for it instead of failing.
 */
export function createSearchHandler(fetchJson: FetchJson, post: (response: SearchResponse) => void) {
  let searchReady: Promise<CorpusSearch> | null = null;
  return async (request: SearchRequest): Promise<void> => {
    if (request.type === 'load') {
      const started = performance.now();
      searchReady = Promise.all(request.documentUrls.map((url) => fetchJson(url))).then((documents) =>
        createSearch(documents as PlanDocument[]),
      );
      try {
        const search = await searchReady;
        post({
          type: 'ready',
          blockCount: search.blockCount,
          buildMilliseconds: Math.round(performance.now() - started),
        });
      } catch (error) {
        post({ type: 'error', requestId: null, message: String(error) });
      }
      return;
    }
    if (!searchReady) {
      post({
        type: 'error',
        requestId: request.requestId,
        message: 'search index not loaded: send a load request first',
      });
      return;
    }
    try {
      const search = await searchReady;
      post({
        type: 'result',
        requestId: request.requestId,
        hits: search.search(request.query, request.options),
      });
    } catch (error) {
      post({ type: 'error', requestId: request.requestId, message: String(error) });
    }
  };
}
