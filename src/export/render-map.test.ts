import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';

vi.mock('maplibre-gl', () => ({ Map: class {} }));
vi.mock('../data/feature-index', () => ({ featuresOf: () => [] }));

const { fittedZoom, printableStyle } = await import('./render-map');

describe('export map', () => {
  it('drops hidden layers and the sources only they used, and carries language and status filter', () => {
    const style = {
      version: 8,
      sources: { a: { type: 'geojson', data: 'a.json' }, b: { type: 'geojson', data: 'b.json' } },
      layers: [
        { id: 'background', type: 'background' },
        { id: 'a-line', type: 'line', source: 'a', layout: { visibility: 'visible' } },
        { id: 'b-line', type: 'line', source: 'b', layout: { visibility: 'none' } },
      ],
    } as unknown as StyleSpecification;
    const printable = printableStyle(style, 'en', ['open']);
    expect(printable.layers.map((layer) => layer.id)).toEqual(['background', 'a-line']);
    expect(Object.keys(printable.sources)).toEqual(['a']);
    expect(printable.state).toEqual({ lang: { default: 'en' }, statuses: { default: ['open'] } });
  });

  it('fits the whole live view into the frame', () => {
    // A frame twice as wide and as high shows the same view one zoom level closer.
    expect(fittedZoom(7, { width: 800, height: 600 }, { width: 1600, height: 1200 })).toBeCloseTo(8);
    // A wider frame is limited by its height.
    expect(fittedZoom(7, { width: 800, height: 600 }, { width: 3200, height: 600 })).toBeCloseTo(7);
  });
});
