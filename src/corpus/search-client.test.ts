import { describe, expect, it } from 'vitest';
import { createSearchClient, type WorkerLike } from './search-client.ts';
import { createSearchHandler, type SearchRequest, type SearchResponse } from './search-protocol.ts';

const documents: Record<string, unknown> = {
  'plans/a.json': {
    id: 'a',
    blocks: [{ id: 'a/p1', kind: 'paragraph', text: '加快建设成渝中线高铁。', lines: [1, 1], parent: null }],
  },
  'plans/b.json': {
    id: 'b',
    blocks: [{ id: 'b/p1', kind: 'paragraph', text: '建设天府国际机场。', lines: [1, 1], parent: null }],
  },
};

/** A worker stand-in that runs the real handler asynchronously, as the browser would. */
function fakeWorker(): WorkerLike {
  const listeners: ((event: { data: SearchResponse }) => void)[] = [];
  const handle = createSearchHandler(
    async (url) => {
      const document = documents[url];
      if (!document) throw new Error(`${url}: HTTP 404`);
      return document;
    },
    (response) => {
      for (const listener of listeners) listener({ data: response });
    },
  );
  return {
    postMessage: (message: SearchRequest) => {
      setTimeout(() => void handle(message), 0);
    },
    addEventListener: (_type, listener) => {
      listeners.push(listener);
    },
    terminate: () => {},
  };
}

describe('search client and worker protocol', () => {
  it('loads the documents, then answers searches with hits', async () => {
    const client = createSearchClient(fakeWorker(), ['plans/a.json', 'plans/b.json']);
    const early = client.search('天府国际机场');
    expect((await client.ready).blockCount).toBe(2);
    expect((await early).map((hit) => hit.blockId)).toEqual(['b/p1']);
    expect((await client.search('高铁', { doc: 'a' })).map((hit) => hit.blockId)).toEqual(['a/p1']);
  });

  it('rejects `ready` when a document cannot be fetched', async () => {
    const client = createSearchClient(fakeWorker(), ['plans/missing.json']);
    await expect(client.ready).rejects.toThrow(/404/);
  });
});
