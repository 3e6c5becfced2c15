import { describe, expect, it } from 'vitest';
import type { FeatureStatus } from '../data/schema';
import { differsBeyondView, formatUrl, parseUrl, type UrlState } from './url';
import { DEFAULT_VIEW } from './view';

const STATUSES: FeatureStatus[] = ['open', 'under-construction', 'planned', 'study'];
const context = { layerIds: ['zones', 'railways', 'airports', 'counties'], statuses: STATUSES };
const defaults: UrlState = {
  view: DEFAULT_VIEW,
  layers: ['zones', 'railways'],
  statuses: STATUSES,
  selection: null,
  language: 'zh',
  basemap: 'none',
  passage: null,
  readerMode: 'closed',
};

describe('formatUrl', () => {
  it('leaves defaults out entirely', () => {
    expect(formatUrl(defaults, defaults)).toBe('');
  });

  it('writes only what differs, in a fixed order', () => {
    const state: UrlState = {
      ...defaults,
      language: 'en',
      selection: 'railway-a',
      view: { center: [104.06, 30.66], zoom: 7.25, bearing: 0 },
    };
    expect(formatUrl(state, defaults)).toBe('?map=7.25/30.6600/104.0600&sel=railway-a&lang=en');
  });

  it('keeps a bearing only when the map is rotated', () => {
    const state: UrlState = { ...defaults, view: { center: [104, 30], zoom: 6, bearing: -30 } };
    expect(formatUrl(state, defaults)).toBe('?map=6.00/30.0000/104.0000/-30.0');
  });
});

describe('parseUrl', () => {
  it('round-trips every parameter', () => {
    const state: UrlState = {
      view: { center: [104.0611, 30.6612], zoom: 8.5, bearing: 15 },
      layers: ['railways', 'airports'],
      statuses: ['open', 'planned'],
      selection: 'airport-tfu',
      language: 'en',
      basemap: 'osm',
      passage: 'sc15/p8/c27/s3/p1',
      readerMode: 'full',
    };
    const { state: parsed, problems } = parseUrl(formatUrl(state, defaults), context);
    expect(problems).toEqual([]);
    expect(parsed).toEqual(state);
  });

  it('reads an explicit empty layer list as "no layers"', () => {
    expect(parseUrl('?layers=', context).state.layers).toEqual([]);
  });

  it('keeps known layers and reports unknown ones', () => {
    const { state, problems } = parseUrl('?layers=railways,bogus,zones', context);
    expect(state.layers).toEqual(['zones', 'railways']);
    expect(problems).toEqual([{ param: 'layers', value: 'bogus', reason: 'unknown layer' }]);
  });

  it('drops a list of only unknown layers instead of hiding everything', () => {
    const { state, problems } = parseUrl('?layers=nope', context);
    expect(state.layers).toBeUndefined();
    expect(problems).toHaveLength(1);
  });

  const garbage: [string, string][] = [
    ['?map=abc', 'map'],
    ['?map=7/30', 'map'],
    ['?map=99/30/104', 'map'],
    ['?map=7/95/104', 'map'],
    ['?map=7/30/104e3', 'map'],
    ['?map=NaN/NaN/NaN', 'map'],
    ['?map=Infinity/30/104', 'map'],
    ['?lang=fr', 'lang'],
    ['?sel=<script>alert(1)</script>', 'sel'],
    ['?sel=', 'sel'],
    ['?base=http://evil.example/style.json', 'base'],
    ['?status=bogus', 'status'],
    ['?utm_source=mail', 'utm_source'],
    ['?p=../../etc/passwd', 'p'],
    ['?p=SC15/P1', 'p'],
    ['?reader=huge', 'reader'],
    [`?sel=${'a'.repeat(3000)}`, 'sel'],
  ];
  it.each(garbage)('ignores %s with a problem naming %s', (search, param) => {
    const { state, problems } = parseUrl(search, context);
    expect(problems.map((p) => p.param)).toContain(param);
    expect(Object.keys(state)).not.toContain(param === 'sel' ? 'selection' : param);
    if (param === 'map') expect(state.view).toBeUndefined();
  });

  it('survives arbitrary bytes without throwing', () => {
    const inputs = [
      '?%',
      '?%E0%A4%A',
      '?&&&==&',
      '?map=%00',
      '#frag',
      '?lang=zh&lang=en',
      '??map=1',
      `?${'x='.repeat(500)}`,
    ];
    for (const input of inputs) expect(() => parseUrl(input, context)).not.toThrow();
    let seed = 7;
    for (let i = 0; i < 300; i += 1) {
      let text = '?';
      for (let j = 0; j < 40; j += 1) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += String.fromCharCode(32 + (seed % 95));
      }
      expect(() => parseUrl(text, context)).not.toThrow();
    }
  });

  it('takes the first of repeated parameters', () => {
    expect(parseUrl('?lang=en&lang=zh', context).state.language).toBe('en');
  });
});

it('writes a passage permalink with readable slashes and implies the panel reader', () => {
  const state: UrlState = { ...defaults, passage: 'cd14/p3/c9/s2/p4', readerMode: 'panel' };
  const search = formatUrl(state, defaults);
  expect(search).toBe('?p=cd14/p3/c9/s2/p4');
  expect(parseUrl(search, context).state).toEqual({ passage: 'cd14/p3/c9/s2/p4', readerMode: 'panel' });
});

describe('differsBeyondView', () => {
  it('ignores camera moves and sees everything else', () => {
    const moved = { ...defaults, view: { center: [100, 30] as [number, number], zoom: 9, bearing: 0 } };
    expect(differsBeyondView(defaults, moved)).toBe(false);
    expect(differsBeyondView(defaults, { ...defaults, language: 'en' })).toBe(true);
    expect(differsBeyondView(defaults, { ...defaults, layers: ['zones'] })).toBe(true);
  });
});

describe('plan ↔ map parameters', () => {
  it('leaves them out when unset and round-trips them when set', () => {
    expect(formatUrl({ ...defaults, page: null, area: null, plan: null, changed: null }, defaults)).toBe('');
    const state: UrlState = {
      ...defaults,
      page: 'coverage',
      area: 'zone-panxi',
      changed: ['r14-panxi', 'sc15'],
    };
    const search = formatUrl(state, defaults);
    expect(search).toBe('?page=coverage&area=zone-panxi&changed=r14-panxi,sc15');
    const { state: parsed, problems } = parseUrl(search, context);
    expect(problems).toEqual([]);
    expect(parsed).toEqual({ page: 'coverage', area: 'zone-panxi', changed: ['r14-panxi', 'sc15'] });
    expect(parseUrl('?plan=sc15', context).state.plan).toBe('sc15');
  });

  it('reports malformed values and ignores them', () => {
    const { state, problems } = parseUrl('?page=nope&area=<b>&plan=SC%2015&changed=sc15', context);
    expect(state).toEqual({});
    expect(problems.map((p) => p.param)).toEqual(['page', 'area', 'plan', 'changed']);
  });

  it('counts a change of these views as more than a camera move', () => {
    expect(differsBeyondView(defaults, { ...defaults, plan: 'sc15' })).toBe(true);
    expect(differsBeyondView({ ...defaults, plan: null }, defaults)).toBe(false);
  });
});

describe('presentation and embed parameters', () => {
  it('round-trips a story, its slide (1-based in the URL) and embed', () => {
    const state: UrlState = { ...defaults, story: 'five-zones', slide: 2, embed: true };
    const search = formatUrl(state, defaults);
    expect(search).toBe('?story=five-zones&slide=3&embed=1');
    expect(parseUrl(search, context)).toEqual({
      state: { story: 'five-zones', slide: 2, embed: true },
      problems: [],
    });
  });

  it('leaves the first slide out of the URL', () => {
    expect(formatUrl({ ...defaults, story: 'metro-circle', slide: 0 }, defaults)).toBe('?story=metro-circle');
  });

  it('drops a slide without a story, a slide that is not a number, and a bad story id', () => {
    expect(parseUrl('?slide=2', context).problems.map((p) => p.reason)).toEqual(['needs a story']);
    const bad = parseUrl('?story=Five%20Zones&embed=yes', context);
    expect(bad.state).toEqual({});
    expect(bad.problems.map((p) => p.param)).toEqual(['story', 'embed']);
    const zero = parseUrl('?story=five-zones&slide=0', context);
    expect(zero.state).toEqual({ story: 'five-zones' });
    expect(zero.problems.map((p) => p.param)).toEqual(['slide']);
  });

  it('treats a slide change as a history step', () => {
    const a: UrlState = { ...defaults, story: 'five-zones', slide: 0 };
    expect(differsBeyondView(a, { ...a, slide: 1 })).toBe(true);
  });
});
