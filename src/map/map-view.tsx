import { useEffect, useRef } from 'react';
import { getFeature } from '../data/feature-index';
import { fetchJson, loadLayerData } from '../data/layer-loader';
import { translate } from '../i18n/strings';
import { LAYER_REGISTRY } from '../layers';
import type { LayerModule } from '../layers/types';
import { addNotice, atlasStore, reportError, reportViewFromMap, select, setLoadState } from '../state/store';
import { MapAdapter } from './map-adapter';
import { setActiveMap } from './map-commands';

type Corners = [[number, number], [number, number], [number, number], [number, number]];

export const indexKey = (layerId: string) => `index:${layerId}`;

function describeFailure(layer: LayerModule, error: Error) {
  const language = atlasStore.getState().language;
  reportError(`${layer.title[language]} (${layer.id})`, error.message);
}

/**
 * Fetches the features of every interactive layer for the feature lists, the info panel and shared-link
 * selections. Runs after the first map idle so it never competes with the first view.
 */
async function loadFeatureIndexes(): Promise<void> {
  const interactive = LAYER_REGISTRY.filter((layer) => layer.interactive && layer.data.kind === 'geojson');
  await Promise.all(
    interactive.map(async (layer) => {
      if (layer.data.kind !== 'geojson') return;
      setLoadState(indexKey(layer.id), 'loading');
      try {
        await loadLayerData(layer.id, layer.data.url);
        setLoadState(indexKey(layer.id), 'ready');
      } catch (error) {
        setLoadState(indexKey(layer.id), 'error');
        describeFailure(layer, error as Error);
      }
    }),
  );
  const { selection, language } = atlasStore.getState();
  if (selection && !getFeature(selection)) {
    addNotice(translate(language, 'unknownFeature', { value: selection }));
    select(null);
  }
}

/** The React shell around the map adapter: creates it once and forwards store changes to its idempotent setters. */
export function MapView() {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current) return;
    let adapter: MapAdapter | null = null;
    let unsubscribe = () => {};
    let cancelled = false;
    // MapLibre draws label glyphs once and caches them: start it only when the label font is ready, or the first
    // labels would be drawn (and kept) in a fallback font — tofu on machines without CJK fonts.
    void document.fonts.load("16px 'Atlas SC'", '四川Sichuan').finally(() => {
      if (cancelled || !container.current) return;
      const initial = atlasStore.getState();
      setLoadState('map', 'loading');
      adapter = new MapAdapter({
        container: container.current,
        view: initial.view,
        language: initial.language,
        dataBaseUrl: new URL('./', document.baseURI).href,
        loadImageCorners: async (layer) => {
          if (layer.data.kind !== 'image') throw new Error(`${layer.id} is not an image layer`);
          const metadata = (await fetchJson(layer.data.metadataUrl)) as { coordinates?: Corners };
          if (!Array.isArray(metadata.coordinates) || metadata.coordinates.length !== 4) {
            throw new Error(`${layer.data.metadataUrl}: no "coordinates" with four corners`);
          }
          return metadata.coordinates;
        },
        onViewChange: reportViewFromMap,
        onSelect: select,
        onLayerLoading: (layer, loading) => setLoadState(layer.id, loading ? 'loading' : 'ready'),
        onLayerError: (layer, error) => {
          setLoadState(layer.id, 'error');
          describeFailure(layer, error);
        },
        onFirstIdle: () => {
          setLoadState('map', 'ready');
          performance.mark('atlas-first-idle');
          document.documentElement.dataset.mapIdle = 'true';
          void loadFeatureIndexes();
        },
        onMapError: (error) => reportError('MapLibre', error.message),
        cooperativeGestures: initial.embed,
      });
      const created = adapter;
      const apply = (state = atlasStore.getState()) => {
        created.setVisibleLayers(state.visibleLayers);
        created.setLanguage(state.language);
        created.setStatuses(state.statuses);
        created.setSelection(state.selection);
        created.setBasemap(state.basemap, state.customStyleUrl);
        created.setView(state.view, state.viewTransition);
      };
      apply();
      unsubscribe = atlasStore.subscribe((state) => apply(state));
      setActiveMap(created);
    });
    return () => {
      cancelled = true;
      unsubscribe();
      setActiveMap(null);
      adapter?.destroy();
    };
  }, []);

  return <div ref={container} className="map" data-testid="map" />;
}
