import { createDocumentLoader, type DocumentLoader, fetchJsonOverHttp } from './document-loader';

let shared: DocumentLoader | null = null;

/**
 * The one cache of plan files for the whole app: the reader, the mentions panel and the area passages all read the
 * catalogue and the documents through it, so each file is fetched once per session whoever asks first.
 */
export function plansLoader(): DocumentLoader {
  shared ??= createDocumentLoader(globalThis.document?.baseURI ?? 'http://localhost/', fetchJsonOverHttp);
  return shared;
}
