import { describe, expect, it } from 'vitest';
import { createDocumentLoader } from './document-loader.ts';
import { sampleDocument } from './test-fixtures.ts';

const index = { documents: [{ id: 'demo', file: 'data/plans/demo.json' }] };

function fakeFetch(failFirst = false) {
  const calls: string[] = [];
  let failures = failFirst ? 1 : 0;
  const fetchJson = async (url: string) => {
    calls.push(url);
    if (url.endsWith('index.json')) return index;
    if (failures > 0) {
      failures -= 1;
      throw new Error('offline');
    }
    return sampleDocument;
  };
  return { calls, fetchJson };
}

describe('document loader', () => {
  it('fetches the index first, then only the document asked for, once', async () => {
    const { calls, fetchJson } = fakeFetch();
    const loader = createDocumentLoader('https://atlas.example/app/', fetchJson);
    const [first, second] = await Promise.all([loader.loadDocument('demo'), loader.loadDocument('demo')]);
    expect(first).toBe(second);
    expect(calls).toEqual([
      'https://atlas.example/app/data/plans/index.json',
      'https://atlas.example/app/data/plans/demo.json',
    ]);
    expect(loader.cachedDocument('demo')).toBe(first);
  });

  it('rejects an unknown document by name', async () => {
    const loader = createDocumentLoader('https://atlas.example/', fakeFetch().fetchJson);
    await expect(loader.loadDocument('nope')).rejects.toThrow('unknown document "nope"');
  });

  it('does not cache a failure, so trying again fetches again', async () => {
    const { calls, fetchJson } = fakeFetch(true);
    const loader = createDocumentLoader('https://atlas.example/', fetchJson);
    await expect(loader.loadDocument('demo')).rejects.toThrow('offline');
    await expect(loader.loadDocument('demo')).resolves.toBe(sampleDocument);
    expect(calls.filter((url) => url.endsWith('demo.json'))).toHaveLength(2);
  });

  it('gives the search worker absolute document URLs', async () => {
    const loader = createDocumentLoader('https://atlas.example/app/', fakeFetch().fetchJson);
    const [entry] = await loader.loadIndex();
    expect(entry && loader.documentUrl(entry)).toBe('https://atlas.example/app/data/plans/demo.json');
  });
});
