import { useEffect, useState } from 'react';
import { type LinksData, loadLinksData, loadPlanTexts } from '../../linking/client/links-data';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
}

let linksData: LinksData | null = null;

/** links.json and the plans index, fetched the first time a component asks (not at start-up). */
export function useLinksData(enabled = true): Loaded<LinksData> {
  const [state, setState] = useState<Loaded<LinksData>>({ data: linksData, error: null });
  useEffect(() => {
    if (!enabled || linksData) return;
    let live = true;
    loadLinksData().then(
      (data) => {
        linksData = data;
        if (live) setState({ data, error: null });
      },
      (error: Error) => live && setState({ data: null, error: error.message }),
    );
    return () => {
      live = false;
    };
  }, [enabled]);
  return linksData && !state.data ? { data: linksData, error: null } : state;
}

/** Block texts of the given documents, as each arrives (doc id → block id → text). */
export function usePlanTexts(
  data: LinksData | null,
  docs: readonly string[],
): Map<string, Map<string, string>> {
  const [texts, setTexts] = useState(() => new Map<string, Map<string, string>>());
  const key = docs.join(',');
  // `key` stands for `docs` (a fresh array each render), so the effect runs when the set of documents changes.
  useEffect(() => {
    if (!data) return;
    let live = true;
    for (const doc of key ? key.split(',') : []) {
      const document = data.documentById.get(doc);
      if (!document) continue;
      loadPlanTexts(document).then(
        (blocks) => {
          if (live) setTexts((current) => (current.has(doc) ? current : new Map(current).set(doc, blocks)));
        },
        () => {},
      );
    }
    return () => {
      live = false;
    };
  }, [data, key]);
  return texts;
}
