/**
 * Search state for the search box. The worker starts on first focus (not on page load: it fetches and indexes the
 * whole corpus), is shared by the panel and the full page, and lives for the session. Typing is debounced and
 * every answer carries the number of its request, so a slow answer to an old query never replaces a newer one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../corpus/search';
import { type SearchClient, startSearchWorker } from '../../corpus/search-client';
import { documentLoader } from './use-reader-data';

export type IndexState = 'idle' | 'indexing' | 'ready' | 'error';

let client: SearchClient | null = null;
let indexState: IndexState = 'idle';
let indexError = '';
const listeners = new Set<() => void>();

function setIndexState(state: IndexState, error = ''): void {
  indexState = state;
  indexError = error;
  for (const listener of listeners) listener();
}

async function ensureClient(): Promise<SearchClient> {
  if (client) return client;
  setIndexState('indexing');
  const entries = await documentLoader.loadIndex();
  client ??= startSearchWorker(entries.map((entry) => documentLoader.documentUrl(entry)));
  client.ready.then(
    () => setIndexState('ready'),
    (error: unknown) => setIndexState('error', String(error)),
  );
  return client;
}

const DEBOUNCE_MILLISECONDS = 120;
export const HIT_LIMIT = 50;

export interface CorpusSearchState {
  indexState: IndexState;
  indexError: string;
  hits: SearchHit[] | null;
  /** Whether the hits shown answer the current query and filter. */
  current: boolean;
  start: () => void;
}

export function useCorpusSearch(query: string, documentFilter: string): CorpusSearchState {
  const [state, setState] = useState({ indexState, indexError });
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [answered, setAnswered] = useState('');
  const latest = useRef(0);

  useEffect(() => {
    const listener = () => setState({ indexState, indexError });
    listeners.add(listener);
    listener();
    return () => {
      listeners.delete(listener);
    };
  }, []);

  const start = useCallback(() => {
    ensureClient().catch((error: unknown) => setIndexState('error', String(error)));
  }, []);

  const key = `${documentFilter}\u0000${query.trim()}`;
  useEffect(() => {
    const request = ++latest.current;
    const trimmed = query.trim();
    if (trimmed === '') {
      setHits(null);
      setAnswered(key);
      return;
    }
    const timer = window.setTimeout(async () => {
      try {
        const search = await ensureClient();
        const found = await search.search(trimmed, {
          limit: HIT_LIMIT,
          ...(documentFilter ? { doc: documentFilter } : {}),
        });
        if (request !== latest.current) return;
        setHits(found);
        setAnswered(key);
      } catch (error) {
        if (request === latest.current) setIndexState('error', String(error));
      }
    }, DEBOUNCE_MILLISECONDS);
    return () => window.clearTimeout(timer);
  }, [query, documentFilter, key]);

  return { ...state, hits, current: answered === key, start };
}
