/**
 * Lazy loaders for the linking data: links.json with the plans index (one fetch each, on first need, never at
 * start-up), each plan's block texts, and the coverage report. Promises are cached, and a failed fetch is
 * forgotten so the next call retries.
 */
import { fetchJson } from '../../data/layer-loader';
import { plansLoader } from '../../reader/plans-loader';
import { createLookup, type DocumentInfo, type LinkLookup } from '../lookup.ts';
import type { CoverageReport, Link } from '../types.ts';

export interface PlanDocument extends DocumentInfo {
  titleZh: string;
  titleEn: string;
  file: string;
}

export interface LinksData {
  links: Link[];
  documents: PlanDocument[];
  lookup: LinkLookup;
  /** Document id → document, for titles and dates. */
  documentById: Map<string, PlanDocument>;
}

interface IndexDocument {
  id: string;
  title_zh?: string;
  title_en?: string;
  file?: string;
  date?: { iso?: string } | null;
}

export function parseDocuments(value: unknown): PlanDocument[] {
  const documents = (value as { documents?: IndexDocument[] })?.documents;
  if (!Array.isArray(documents)) throw new Error('data/plans/index.json: no documents array');
  return documents.map((d) => ({
    id: d.id,
    date: d.date?.iso ?? null,
    titleZh: d.title_zh ?? d.id,
    titleEn: d.title_en ?? d.title_zh ?? d.id,
    title: d.title_zh ?? d.id,
    file: d.file ?? `data/plans/${d.id}.json`,
  }));
}

export function buildLinksData(links: Link[], documents: PlanDocument[]): LinksData {
  return {
    links,
    documents,
    lookup: createLookup(links, documents),
    documentById: new Map(documents.map((d) => [d.id, d])),
  };
}

function cached<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | null = null;
  return () => {
    if (!promise) {
      promise = load();
      promise.catch(() => {
        promise = null;
      });
    }
    return promise;
  };
}

export const loadLinksData = cached(async () => {
  // The catalogue comes from the app's shared plans cache, so the reader does not fetch it again.
  const [links, documents] = await Promise.all([fetchJson('data/links.json'), plansLoader().loadIndex()]);
  if (!Array.isArray(links)) throw new Error('data/links.json: not an array');
  return buildLinksData(links as Link[], parseDocuments({ documents }));
});

export const loadCoverage = cached(
  async () => (await fetchJson('data/links-unlinked.json')) as CoverageReport,
);

const planTexts = new Map<string, Promise<Map<string, string>>>();

/** Block id → text of one plan document, fetched the first time a sentence of it is shown. */
export function loadPlanTexts(document: PlanDocument): Promise<Map<string, string>> {
  let promise = planTexts.get(document.id);
  if (!promise) {
    // Through the shared plans cache: a document the reader has open is not fetched a second time.
    promise = plansLoader()
      .loadDocument(document.id)
      .then((plan) => new Map(plan.blocks.map((b) => [b.id, b.text])));
    promise.catch(() => planTexts.delete(document.id));
    planTexts.set(document.id, promise);
  }
  return promise;
}
