import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildStyle, DEFAULT_VISIBLE_LAYERS, LAYER_IDS, LAYER_REGISTRY } from './index';

const MISSION_IDS = [
  'prefectures',
  'counties',
  'zones',
  'metro-circle',
  'axes',
  'railways',
  'stations',
  'expressways',
  'airports',
  'waterways',
  'ports',
  'ecology',
  'places',
];

describe('layer registry', () => {
  it('holds every mission layer id exactly once', () => {
    for (const id of MISSION_IDS) expect(LAYER_IDS).toContain(id);
    expect(new Set(LAYER_IDS).size).toBe(LAYER_IDS.length);
  });

  it('builds a style that validates against the MapLibre style spec', () => {
    const style = buildStyle({
      dataBaseUrl: 'http://localhost/',
      language: 'zh',
    });
    const errors = validateStyleMin(style);
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  it('validates every layer module (image sources included) on its own', () => {
    for (const layer of LAYER_REGISTRY) {
      const source =
        layer.data.kind === 'image'
          ? {
              type: 'image' as const,
              url: 'http://localhost/x.png',
              coordinates: [
                [96, 35],
                [110, 35],
                [110, 25],
                [96, 25],
              ] as [[number, number], [number, number], [number, number], [number, number]],
            }
          : {
              type: 'geojson' as const,
              data: { type: 'FeatureCollection' as const, features: [] },
              promoteId: 'id',
            };
      const style = {
        version: 8 as const,
        state: { lang: { default: 'zh' }, statuses: { default: ['open'] } },
        sources: { [layer.id]: source },
        layers: layer.styleLayers,
      };
      expect(validateStyleMin(style).map((error) => `${layer.id}: ${error.message}`)).toEqual([]);
    }
  });

  it('prefixes style layer ids with the module id and only reads its own source', () => {
    for (const layer of LAYER_REGISTRY) {
      for (const styleLayer of layer.styleLayers) {
        expect(styleLayer.id.startsWith(`${layer.id}-`), styleLayer.id).toBe(true);
        if ('source' in styleLayer) expect(styleLayer.source).toBe(layer.id);
      }
      for (const id of layer.interactiveLayerIds) expect(layer.styleLayers.map((s) => s.id)).toContain(id);
    }
  });

  it('derives legend colours from the same category tables as the paint', () => {
    const style = JSON.stringify(buildStyle({ dataBaseUrl: 'http://x/', language: 'zh' }).layers);
    for (const layer of LAYER_REGISTRY) {
      for (const entry of layer.legend) {
        if (entry.swatch.shape === 'relief') continue;
        expect(
          style.includes(entry.swatch.color) || layer.data.kind === 'image',
          `${entry.key} ${entry.swatch.color}`,
        ).toBe(true);
      }
    }
  });

  it('shows a sensible default', () => {
    expect(DEFAULT_VISIBLE_LAYERS).toContain('railways');
    expect(DEFAULT_VISIBLE_LAYERS).toContain('zones');
  });
});
