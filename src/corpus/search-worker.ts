/// <reference lib="webworker" />
/**
 * Web worker entry for corpus search. Start it with `startSearchWorker` (search-client.ts); the protocol is in
 * search-protocol.ts.
 */
import { createSearchHandler, type SearchRequest } from './search-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createSearchHandler(
  async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  },
  (response) => scope.postMessage(response),
);
scope.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  void handle(event.data);
});
