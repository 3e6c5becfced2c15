import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MaplibreMap } from 'maplibre-gl';

// The baseline for the first-idle benchmark: the same MapLibre build and map size as the atlas, no data at all.
const map = new MaplibreMap({
  container: 'map',
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#dfe7ec' } }],
  },
  center: [102.8, 30.1],
  zoom: 5.45,
  attributionControl: false,
});
map.once('idle', () => {
  document.documentElement.dataset.mapIdle = 'true';
});
