/**
 * React side of document loading: the catalogue and the one document being read, each fetched once per session
 * (the loader caches them) and kept while the reader moves between the panel and the full page.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { IndexEntry, PlanDocument } from '../../corpus/types';

import { buildStructure, type DocumentStructure } from '../../reader/document-structure';
import { plansLoader } from '../../reader/plans-loader';

export const documentLoader = plansLoader();

export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; message: string; retry: () => void };

export function useCorpusIndex(): Loadable<IndexEntry[]> {
  const [state, setState] = useState<Loadable<IndexEntry[]>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    // `attempt` only re-runs the effect after "try again".
    void attempt;
    documentLoader.loadIndex().then(
      (entries) => live && setState({ status: 'ready', value: entries }),
      (error: unknown) =>
        live &&
        setState({
          status: 'error',
          message: String(error),
          retry: () => {
            setState({ status: 'loading' });
            setAttempt((value) => value + 1);
          },
        }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return state;
}

export interface ReadableDocument {
  document: PlanDocument;
  structure: DocumentStructure;
}

const structures = new WeakMap<PlanDocument, DocumentStructure>();
function structureOf(document: PlanDocument): DocumentStructure {
  let structure = structures.get(document);
  if (!structure) {
    structure = buildStructure(document.blocks);
    structures.set(document, structure);
  }
  return structure;
}

export function useReaderDocument(documentId: string | undefined): Loadable<ReadableDocument> {
  const cached = documentId ? documentLoader.cachedDocument(documentId) : undefined;
  const [loaded, setLoaded] = useState<{ id: string; result: Loadable<PlanDocument> } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  useEffect(() => {
    if (!documentId || documentLoader.cachedDocument(documentId)) return;
    let live = true;
    void attempt;
    setLoaded({ id: documentId, result: { status: 'loading' } });
    documentLoader.loadDocument(documentId).then(
      (document) => live && setLoaded({ id: documentId, result: { status: 'ready', value: document } }),
      (error: unknown) =>
        live && setLoaded({ id: documentId, result: { status: 'error', message: String(error), retry } }),
    );
    return () => {
      live = false;
    };
  }, [documentId, attempt, retry]);
  return useMemo((): Loadable<ReadableDocument> => {
    if (cached) return { status: 'ready', value: { document: cached, structure: structureOf(cached) } };
    if (!loaded || loaded.id !== documentId || loaded.result.status === 'loading')
      return { status: 'loading' };
    if (loaded.result.status === 'error') return loaded.result;
    const document = loaded.result.value;
    return { status: 'ready', value: { document, structure: structureOf(document) } };
  }, [cached, loaded, documentId]);
}
