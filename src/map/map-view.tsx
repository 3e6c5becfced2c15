import { useEffect, useRef } from 'react';
import { fetchJson, loadLayerData } from '../data/layer-loader';
import { LAYER_REGISTRY } from '../layers';
import { atlasStore, reportError, reportViewFromMap, select, setLoadState } from '../state/store';
import { MapAdapter } from './map-adapter';
import { setActiveMap } from './map-commands';

type Corners = [[number, number], [number, number], [number, number], [number, number]];

/** The React shell around the map adapter: creates it once and forwards store changes to its idempotent setters. */
export function MapView() {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current) return;
    const initial = atlasStore.getState();
    setLoadState('map', 'loading');
    const adapter = new MapAdapter({
      container: container.current,
      view: initial.view,
      language: initial.language,
      fontUrl: new URL('fonts/atlas-sc.woff2', document.baseURI).href,
      loadGeojson: (layer) => {
        if (layer.data.kind !== 'geojson') throw new Error(`${layer.id} is not a GeoJSON layer`);
        return loadLayerData(layer.id, layer.data.url);
      },
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
        const language = atlasStore.getState().language;
        reportError(`${layer.title[language]} (${layer.id})`, error.message);
      },
      onFirstIdle: () => {
        setLoadState('map', 'ready');
        document.documentElement.dataset.mapIdle = 'true';
        // With the first view drawn, fetch the remaining interactive layers quietly: a shared link may select a
        // feature on a hidden layer, and the feature lists need the data.
        for (const layer of LAYER_REGISTRY) if (layer.interactive) adapter.loadLayer(layer);
      },
      onMapError: (error) => reportError('MapLibre', error.message),
    });
    const apply = (state = atlasStore.getState()) => {
      adapter.setVisibleLayers(state.visibleLayers);
      adapter.setLanguage(state.language);
      adapter.setStatuses(state.statuses);
      adapter.setSelection(state.selection);
      adapter.setBasemap(state.basemap, state.customStyleUrl);
      adapter.setView(state.view, state.viewTransition);
    };
    apply();
    const unsubscribe = atlasStore.subscribe((state) => apply(state));
    setActiveMap(adapter);
    return () => {
      unsubscribe();
      setActiveMap(null);
      adapter.destroy();
    };
  }, []);

  return <div ref={container} className="map" data-testid="map" />;
}
