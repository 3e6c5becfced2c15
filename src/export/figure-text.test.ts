import { describe, expect, it } from 'vitest';
import { describeFigure, type FigureInputs, figureContent } from './figure-text';

const INPUTS: FigureInputs = {
  language: 'zh',
  title: '  成渝地区双城经济圈  ',
  reviewNumber: '',
  date: new Date(2026, 10, 22),
  visibleLayers: ['railways', 'zones'],
  statuses: ['open', 'planned'],
  selectionName: '成渝中线高铁',
  highlights: [{ label: '成渝中线高铁', swatch: { shape: 'line', color: '#ffd400', width: 5 } }],
  highlightTitle: '突出显示',
  sources: [{ title: '规划', address: 'sc15/c1', sentence: '建设。' }],
  sourcesOmitted: 2,
  sourcesError: null,
  latitude: 30.62,
  groundMetresPerPaperMm: 3000,
  scaleBarMaxMm: 40,
  bearing: 0,
  bounds: [102.5, 28.9, 106.4, 31.8],
};

describe('figure text', () => {
  it('prints a blank 审图号 slot when none is given, and the number when it is', () => {
    expect(figureContent(INPUTS).reviewNumber).toMatch(/^审图号：＿+$/);
    expect(figureContent({ ...INPUTS, reviewNumber: ' GS(2026)1234号 ' }).reviewNumber).toBe(
      '审图号：GS(2026)1234号',
    );
  });

  it('notes indicative geometry only when such a layer is visible', () => {
    expect(figureContent(INPUTS).indicativeNotes).toHaveLength(1);
    expect(figureContent({ ...INPUTS, visibleLayers: ['prefectures'] }).indicativeNotes).toHaveLength(0);
    expect(figureContent({ ...INPUTS, visibleLayers: ['ecology', 'railways'] }).indicativeNotes).toHaveLength(
      2,
    );
  });

  it('gives the scale at the centre latitude and says how many passages were left out', () => {
    const content = figureContent(INPUTS);
    expect(content.scaleBar.metres).toBe(100_000);
    expect(content.scaleNote).toBe('1 : 3 000 000（按图幅中心纬度 30.6°N 计算）');
    expect(content.sourcesMore).toContain('2');
    expect(content.title).toBe('成渝地区双城经济圈');
  });

  it('prints the highlight block first, and none when nothing is highlighted', () => {
    expect(figureContent(INPUTS).legend[0]?.id).toBe('highlight');
    expect(figureContent({ ...INPUTS, highlights: [] }).legend.some((s) => s.id === 'highlight')).toBe(false);
  });

  it('says why no passages are listed when they could not be loaded', () => {
    const content = figureContent({ ...INPUTS, sources: [], sourcesError: 'HTTP 404' });
    expect(content.sourcesEmpty).toContain('HTTP 404');
  });

  it('describes title, extent, layers, highlight, sources and date in the chosen language', () => {
    const description = describeFigure(INPUTS, figureContent(INPUTS));
    expect(description).toContain('成渝地区双城经济圈');
    expect(description).toContain('102.50°–106.40°');
    expect(description).toContain('铁路');
    expect(description).toContain('成渝中线高铁');
    expect(description).toContain('2026-11-22');
    const english = describeFigure(
      { ...INPUTS, language: 'en' },
      figureContent({ ...INPUTS, language: 'en' }),
    );
    expect(english).toContain('Layers: Railways');
    expect(english).toContain('1 plan passages listed');
  });
});
