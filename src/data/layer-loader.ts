import type { FeatureCollection } from 'geojson';
import { indexLayer } from './feature-index';

/** Thrown for data the atlas cannot use; the message names the file and what is wrong. */
export class DataError extends Error {
  constructor(
    readonly url: string,
    message: string,
  ) {
    super(`${url}: ${message}`);
    this.name = 'DataError';
  }
}

export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    throw new DataError(url, `could not be fetched (${(error as Error).message})`);
  }
  if (!response.ok) throw new DataError(url, `HTTP ${response.status} ${response.statusText}`.trim());
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataError(url, `is not valid JSON (${(error as Error).message})`);
  }
}

export function assertFeatureCollection(url: string, value: unknown): FeatureCollection {
  if (!value || typeof value !== 'object' || (value as { type?: unknown }).type !== 'FeatureCollection') {
    throw new DataError(url, 'is not a GeoJSON FeatureCollection');
  }
  const features = (value as { features?: unknown }).features;
  if (!Array.isArray(features)) throw new DataError(url, 'has no features array');
  features.forEach((feature, index) => {
    const id = feature?.properties?.id;
    if (typeof id !== 'string' || !feature?.geometry)
      throw new DataError(url, `feature ${index} has no string properties.id or no geometry`);
  });
  return value as FeatureCollection;
}

const inFlight = new Map<string, Promise<FeatureCollection>>();

/** Fetches a layer's GeoJSON once (the map draws from its own copy in the worker) and indexes its features. */
export function loadLayerData(layerId: string, url: string): Promise<FeatureCollection> {
  let promise = inFlight.get(layerId);
  if (!promise) {
    promise = fetchJson(url)
      .then((value) => assertFeatureCollection(url, value))
      .then((collection) => {
        indexLayer(layerId, collection);
        return collection;
      });
    promise.catch(() => inFlight.delete(layerId));
    inFlight.set(layerId, promise);
  }
  return promise;
}
