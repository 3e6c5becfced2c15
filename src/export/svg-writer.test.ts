import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { airports } from '../layers/airports';
import { railways } from '../layers/railways';
import { zones } from '../layers/zones';
import type { FigureContent } from './figure-style';
import { figureLayout } from './layout';
import { mercatorProjector } from './projection';
import { scaleBarFor } from './scale-bar';
import { escapeXml, legendEntryFor, pathData, writeSvg } from './svg-writer';

const line = (id: string, kind: string, status: string, name: string, coordinates: number[][]): Feature => ({
  type: 'Feature',
  id,
  properties: { id, kind, status, name_zh: name },
  geometry: { type: 'LineString', coordinates },
});

const CONTENT: FigureContent = {
  title: '成渝 <走廊> & "双城"',
  subtitle: '四川规划图集',
  legendHeading: '图例',
  legendMore: '图例未列全',
  legend: [
    {
      id: 'railways',
      title: '铁路',
      rows: [{ label: '高速铁路', swatch: { shape: 'line', color: '#d7191c', width: 3 } }],
    },
  ],
  indicativeNotes: ['示意'],
  sourcesHeading: '资料来源',
  sources: [{ title: '规划', address: 'sc15/c1 · seeds/000.txt 第 1 行', sentence: '建设<铁路>。' }],
  sourcesMore: null,
  sourcesEmpty: '无',
  attribution: '数据来源',
  dateLine: '2026-11-22',
  reviewNumber: '审图号：＿＿',
  northLabel: '北',
  scaleBar: scaleBarFor(1000, 40),
  scaleNote: '1 : 1 000 000',
  bearing: 0,
};

function build(
  statuses = ['open', 'planned'] as const,
  highlight: { featureId: string; colour: string } | null = null,
) {
  const layout = figureLayout('a4', 'landscape');
  const widthPx = (layout.map.width / 25.4) * 96;
  const heightPx = (layout.map.height / 25.4) * 96;
  return writeSvg({
    layout,
    content: CONTENT,
    project: mercatorProjector({
      center: [104, 30.6],
      zoom: 7,
      bearing: 0,
      width: widthPx,
      height: heightPx,
    }),
    layers: [
      {
        layer: railways,
        features: [
          line('r1', 'high-speed', 'open', '成渝<中线>', [
            [103.5, 30.5],
            [104.5, 30.7],
          ]),
          line('r2', 'conventional', 'study', 'hidden by filter', [
            [103.5, 30.2],
            [104.5, 30.3],
          ]),
          line('r3', 'high-speed', 'open', 'far away', [
            [80, 45],
            [81, 45.5],
          ]),
        ],
      },
      { layer: zones, features: [] },
    ],
    statuses: [...statuses],
    title: CONTENT.title,
    description: 'desc "quoted" <b>',
    language: 'zh',
    highlight,
  });
}

describe('SVG writer', () => {
  it('escapes every XML special character and drops forbidden controls', () => {
    expect(escapeXml(`a<b>&"c'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });

  it('writes one group per visible layer with its features, coloured from the legend table', () => {
    const svg = build();
    expect(svg).toContain(
      '<g id="layer-railways" data-layer="railways" inkscape:groupmode="layer" inkscape:label="铁路">',
    );
    expect(svg).toContain('<g id="layer-zones"');
    expect(svg).toContain('data-name="成渝&lt;中线&gt;"');
    expect(svg).toContain('stroke="#d7191c"');
  });

  it('leaves out features hidden by the status filter or outside the frame', () => {
    const svg = build();
    expect(svg).not.toContain('hidden by filter');
    expect(svg).not.toContain('far away');
  });

  it('escapes the title, description and sources and keeps no raw angle brackets from data', () => {
    const svg = build();
    expect(svg).toContain('<title id="figure-title">成渝 &lt;走廊&gt; &amp; &quot;双城&quot;</title>');
    expect(svg).toContain('建设&lt;铁路&gt;。');
    expect(svg).not.toMatch(/<(走廊|铁路|中线|b)>/);
  });

  it('draws a halo under the selected feature only, before the feature itself', () => {
    expect(build().includes('data-highlight')).toBe(false);
    const svg = build(['open', 'planned'], { featureId: 'r1', colour: '#ffd400' });
    expect(svg.match(/data-highlight="selected"/g)).toHaveLength(1);
    expect(svg.indexOf('data-highlight')).toBeLessThan(svg.indexOf('data-id="r1"'));
    expect(svg).toContain('stroke="#ffd400"');
  });

  it('writes point names as escaped text on a labels layer of their own', () => {
    const layout = figureLayout('a4', 'landscape');
    const svg = writeSvg({
      layout,
      content: CONTENT,
      project: mercatorProjector({ center: [104, 30.6], zoom: 7, bearing: 0, width: 800, height: 500 }),
      layers: [
        {
          layer: airports,
          features: [
            {
              type: 'Feature',
              id: 'a1',
              properties: { id: 'a1', kind: 'hub', status: 'open', name_zh: '天府<机场>' },
              geometry: { type: 'Point', coordinates: [104.4, 30.3] },
            },
          ],
        },
      ],
      statuses: ['open'],
      title: 't',
      description: 'd',
      language: 'zh',
    });
    const labels = svg.slice(svg.indexOf('<g id="labels-airports"'));
    expect(labels).toContain('>天府&lt;机场&gt;</text>');
    expect(svg.indexOf('<g id="labels-airports"')).toBeGreaterThan(svg.indexOf('<g id="layer-airports"'));
  });

  it('says so under the legend when it is cut for space, and draws nothing past the legend box', () => {
    const layout = figureLayout('a4', 'landscape');
    const many = Array.from({ length: 40 }, (_, index) => ({
      id: `layer-${index}`,
      title: `图层${index}`,
      rows: Array.from({ length: 5 }, (_, row) => ({
        label: `类别${index}-${row}`,
        swatch: { shape: 'line' as const, color: '#333333', width: 2 },
      })),
    }));
    const svg = writeSvg({
      layout,
      content: { ...CONTENT, legend: many },
      project: mercatorProjector({ center: [104, 30.6], zoom: 7, bearing: 0, width: 800, height: 500 }),
      layers: [],
      statuses: ['open'],
      title: 't',
      description: 'd',
      language: 'zh',
    });
    const legend = svg.slice(svg.indexOf('<g id="legend">'), svg.indexOf('<g id="sources">'));
    expect(legend).toContain(CONTENT.legendMore);
    const bottom = layout.legend.y + layout.legend.height;
    for (const match of legend.matchAll(/<text x="[\d.]+" y="([\d.]+)"/g))
      expect(Number(match[1])).toBeLessThan(bottom);
    expect(build()).not.toContain(CONTENT.legendMore);
  });

  it('matches categories by kind and falls back to the first row', () => {
    expect(legendEntryFor(railways, { kind: 'intercity' })?.key).toBe('railways-intercity');
    expect(legendEntryFor(zones, { zone: 'panxi' })?.key).toBe('zones-panxi');
    expect(legendEntryFor(railways, { kind: 'unknown' })?.key).toBe('railways-high-speed');
  });

  it('drops vertices closer than the tolerance but keeps both ends', () => {
    const toPage = (p: number[]) => [p[0] as number, p[1] as number] as [number, number];
    expect(
      pathData(
        [
          [
            [0, 0],
            [0.01, 0],
            [0.02, 0],
            [5, 0],
          ],
        ],
        toPage,
        false,
        0.1,
      ),
    ).toBe('M0 0L5 0');
  });
});
