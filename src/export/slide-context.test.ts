import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { Geometry } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { collectSources } from './export-sources';
import { SLIDE_SOURCE, slideLegendRows, slideOverlayData, withSlideOverlay } from './slide-context';

const geometries: Record<string, Geometry> = {
  'zone-a': {
    type: 'Polygon',
    coordinates: [
      [
        [103, 30],
        [104, 30],
        [104, 31],
        [103, 30],
      ],
    ],
  },
  'railway-b': {
    type: 'LineString',
    coordinates: [
      [104, 30.6],
      [106.5, 29.5],
    ],
  },
};
const lookup = (id: string) => (geometries[id] ? { geometry: geometries[id] } : undefined);
const slide = {
  title: { zh: '标题', en: 'Title' },
  caption: { zh: '说明', en: 'Caption' },
  passages: ['sc15/p8/c27/p1'],
  highlight: ['zone-a', 'railway-b', 'gone'],
  flows: [
    { kind: 'arc', from: [104.07, 30.67] as [number, number], to: [108.93, 34.26] as [number, number] },
    { kind: 'trail' },
  ],
};

describe('exporting a presented slide', () => {
  it('draws the highlighted features with their own geometry and arcs as straight lines, skipping unknown ids', () => {
    const { overlay, highlightCount, arcCount } = slideOverlayData(slide, lookup);
    expect(highlightCount).toBe(2);
    expect(arcCount).toBe(1);
    expect(overlay.features.map((feature) => feature.properties?.role)).toEqual([
      'highlight',
      'highlight',
      'arc',
    ]);
    expect(overlay.features[0]?.geometry).toBe(geometries['zone-a']);
    expect(overlay.features[2]?.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [104.07, 30.67],
        [108.93, 34.26],
      ],
    });
  });

  it('adds a valid overlay under the first label layer, and nothing when there is nothing to draw', () => {
    const style: StyleSpecification = {
      version: 8,
      sources: { base: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
      layers: [
        { id: 'background', type: 'background', paint: { 'background-color': '#fff' } },
        { id: 'roads', type: 'line', source: 'base' },
        { id: 'labels', type: 'symbol', source: 'base', layout: { 'text-field': 'x' } },
      ],
    };
    const { overlay } = slideOverlayData(slide, lookup);
    const printed = withSlideOverlay(style, overlay);
    expect(validateStyleMin(printed).map((error) => error.message)).toEqual([]);
    const ids = printed.layers.map((layer) => layer.id);
    expect(ids.indexOf(`${SLIDE_SOURCE}-line`)).toBeGreaterThan(ids.indexOf('roads'));
    expect(ids.indexOf(`${SLIDE_SOURCE}-line`)).toBeLessThan(ids.indexOf('labels'));
    expect(withSlideOverlay(style, { type: 'FeatureCollection', features: [] })).toBe(style);
  });

  it('names both highlight and arcs in the legend, in the chosen language', () => {
    const context = { title: '', caption: '', passages: [], ...slideOverlayData(slide, lookup) };
    expect(slideLegendRows(context, 'en').map((row) => row.label)).toEqual([
      'Highlighted on this slide (2)',
      'Direction arcs (schematic, not routes)',
    ]);
    expect(slideLegendRows({ ...context, arcCount: 0, highlightCount: 0 }, 'zh')).toEqual([]);
  });

  it('puts the slide’s passages first in the sources, in its order', () => {
    const { refs } = collectSources(
      [],
      [],
      {
        passage: 'cd14/p1/c1/p1',
        selection: null,
        tinted: [],
        slidePassages: ['sc15/p8/c27/p1', 'r14-panxi/c2/p3'],
      },
      10,
    );
    expect(refs.map((ref) => [ref.doc, ref.block])).toEqual([
      ['sc15', 'sc15/p8/c27/p1'],
      ['r14-panxi', 'r14-panxi/c2/p3'],
      ['cd14', 'cd14/p1/c1/p1'],
    ]);
  });
});
