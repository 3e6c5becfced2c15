/**
 * Main-thread side of corpus search: a promise API over the worker. The UI calls `startSearchWorker` once (e.g.
 * when the search box is first focused) and `search` per keystroke; stale answers are the caller's to drop.
 */

import type { SearchHit, SearchOptions } from './search.ts';
import type { SearchRequest, SearchResponse } from './search-protocol.ts';

/** The part of `Worker` the client uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: SearchRequest): void;
  addEventListener(type: 'message', listener: (event: { data: SearchResponse }) => void): void;
  terminate(): void;
}

export interface SearchClient {
  /** Resolves when the index is built (block count and build time), rejects if loading failed. */
  ready: Promise<{ blockCount: number; buildMilliseconds: number }>;
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  dispose(): void;
}

export function createSearchClient(worker: WorkerLike, documentUrls: string[]): SearchClient {
  let nextRequestId = 1;
  const pending = new Map<number, { resolve: (hits: SearchHit[]) => void; reject: (error: Error) => void }>();
  let resolveReady: (value: { blockCount: number; buildMilliseconds: number }) => void = () => {};
  let rejectReady: (error: Error) => void = () => {};
  const ready = new Promise<{ blockCount: number; buildMilliseconds: number }>((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  worker.addEventListener('message', ({ data }) => {
    if (data.type === 'ready')
      resolveReady({ blockCount: data.blockCount, buildMilliseconds: data.buildMilliseconds });
    else if (data.type === 'result') {
      pending.get(data.requestId)?.resolve(data.hits);
      pending.delete(data.requestId);
    } else if (data.requestId === null) rejectReady(new Error(data.message));
    else {
      pending.get(data.requestId)?.reject(new Error(data.message));
      pending.delete(data.requestId);
    }
  });
  worker.postMessage({ type: 'load', documentUrls });
  return {
    ready,
    search(query, options) {
      const requestId = nextRequestId++;
      return new Promise<SearchHit[]>((resolve, reject) => {
        pending.set(requestId, { resolve, reject });
        worker.postMessage({
          type: 'search',
          requestId,
          query,
          ...(options === undefined ? {} : { options }),
        });
      });
    },
    dispose() {
      worker.terminate();
      for (const { reject } of pending.values()) reject(new Error('search worker disposed'));
      pending.clear();
    },
  };
}

/**
 * Starts the worker (Vite bundles it from this `new URL` pattern) and loads the given document files, e.g. every
 * `file` of public/data/plans/index.json resolved against the app's base URL.
 */
export function startSearchWorker(documentUrls: string[]): SearchClient {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  return createSearchClient(worker as unknown as WorkerLike, documentUrls);
}
