import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYER_REGISTRY } from '../layers';
import { isOnlineBasemapUrl, onlineBasemapSpec, styleOverlay } from './online-basemap';
import { AREA_OUTLINE_LAYERS, AREA_SOURCE, areaOutlineData, tintLayerSpec } from './overlay-layers';

const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };

describe('overlay layers', () => {
  it('builds a valid tint layer under each transport layer that draws lines or circles', () => {
    for (const id of ['railways', 'expressways', 'waterways', 'airports', 'ports']) {
      const layer = LAYER_REGISTRY.find((candidate) => candidate.id === id);
      const tint = layer && tintLayerSpec(layer);
      expect(tint, id).toBeTruthy();
      if (!layer || !tint) continue;
      const style = {
        version: 8 as const,
        sources: { [id]: empty },
        layers: [...layer.styleLayers, tint.spec],
      };
      expect(validateStyleMin(style).map((error) => `${id}: ${error.message}`)).toEqual([]);
      expect(layer.styleLayers.map((styleLayer) => styleLayer.id)).toContain(tint.before);
    }
  });

  it('builds a valid area outline and its data', () => {
    const style = { version: 8 as const, sources: { [AREA_SOURCE]: empty }, layers: AREA_OUTLINE_LAYERS };
    expect(validateStyleMin(style).map((error) => error.message)).toEqual([]);
    expect(areaOutlineData(null).features).toEqual([]);
    expect(areaOutlineData({ type: 'Point', coordinates: [104, 30] }).features).toHaveLength(1);
  });

  it('builds a valid online basemap only when asked for', () => {
    expect(onlineBasemapSpec('none', null)).toBeNull();
    const spec = onlineBasemapSpec('osm', null);
    if (!spec) throw new Error('expected a spec');
    const style = { version: 8 as const, sources: { 'online-basemap': spec.source }, layers: [spec.layer] };
    expect(validateStyleMin(style).map((error) => error.message)).toEqual([]);
  });
});

describe('online basemap from a style URL', () => {
  const style = {
    version: 8 as const,
    sources: { osm: { type: 'vector' as const, url: 'https://example.org/tiles.json' } },
    layers: [
      { id: 'bg', type: 'background' as const, paint: { 'background-color': '#eee' } },
      {
        id: 'water',
        type: 'fill' as const,
        source: 'osm',
        'source-layer': 'water',
        paint: { 'fill-color': '#9cf' },
      },
      {
        id: 'poi',
        type: 'symbol' as const,
        source: 'osm',
        'source-layer': 'poi',
        layout: { 'icon-image': 'shop' },
      },
    ],
  };

  it('renames sources and layers so they cannot collide with ours, and drops sprite-only symbols', () => {
    const overlay = styleOverlay(style);
    expect(Object.keys(overlay.sources)).toEqual(['online-osm']);
    expect(overlay.layers.map((layer) => layer.id)).toEqual(['online-bg', 'online-water']);
    expect((overlay.layers[1] as { source?: string }).source).toBe('online-osm');
    const merged = { version: 8 as const, sources: overlay.sources, layers: overlay.layers };
    expect(validateStyleMin(merged).map((error) => error.message)).toEqual([]);
  });

  it('accepts only https tile templates and style URLs', () => {
    expect(isOnlineBasemapUrl('https://tiles.example.org/{z}/{x}/{y}.png')).toBe(true);
    expect(isOnlineBasemapUrl('https://example.org/style.json')).toBe(true);
    expect(isOnlineBasemapUrl('http://example.org/style.json')).toBe(false);
    expect(isOnlineBasemapUrl('javascript:alert(1)')).toBe(false);
    expect(isOnlineBasemapUrl('not a url')).toBe(false);
  });
});
