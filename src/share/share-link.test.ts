import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VISIBLE_LAYERS, LAYER_IDS } from '../layers';
import { ALL_STATUSES } from '../layers/style-helpers';
import { DEFAULT_URL_STATE } from '../state/store';
import { parseUrl, type UrlState } from '../state/url';
import {
  EMBED_SIZES,
  embedLink,
  escapeAttribute,
  iframeSnippet,
  MAX_LINK_LENGTH,
  shareLink,
} from './share-link';

const context = { layerIds: LAYER_IDS, statuses: ALL_STATUSES };
// A deep sub-path on a long host: longer than any address the atlas is likely to be published at.
const BASE =
  'https://planning-atlas.sichuan-regional-development.example.gov.cn/publications/2026/atlas/index.html';

const longest = (values: Iterable<string>) => [...values].reduce((a, b) => (b.length > a.length ? b : a), '');

function realIds() {
  const featureIds: string[] = [];
  for (const file of readdirSync('public/data/layers').filter((name) => name.endsWith('.geojson'))) {
    const collection = JSON.parse(readFileSync(join('public/data/layers', file), 'utf8')) as {
      features: { id?: string; properties?: { id?: string } }[];
    };
    for (const feature of collection.features) {
      const id = feature.properties?.id ?? feature.id;
      if (typeof id === 'string') featureIds.push(id);
    }
  }
  const documentIds: string[] = [];
  const blockIds: string[] = [];
  for (const file of readdirSync('public/data/plans').filter((name) => name !== 'index.json')) {
    const plan = JSON.parse(readFileSync(join('public/data/plans', file), 'utf8')) as {
      id: string;
      blocks: { id: string }[];
    };
    documentIds.push(plan.id);
    for (const block of plan.blocks) blockIds.push(block.id);
  }
  return { featureIds, documentIds, blockIds };
}

const longestList = (lists: string[][]) =>
  lists.reduce((a, b) => (b.join(',').length > a.join(',').length ? b : a));

/** Every parameter set, each to the longest value the data holds; every layer away from its default. */
function worstRealisticState(): UrlState {
  const { featureIds, documentIds, blockIds } = realIds();
  const [first, second] = [...documentIds].sort((a, b) => b.length - a.length);
  return {
    view: { center: [-179.1234, -84.9876], zoom: 11.75, bearing: -120.5 },
    // Every layer away from its default, or all of them on, whichever writes the longer list.
    layers: longestList([[...LAYER_IDS], LAYER_IDS.filter((id) => !DEFAULT_VISIBLE_LAYERS.includes(id))]),
    statuses: ALL_STATUSES.slice(1),
    selection: longest(featureIds),
    language: 'en',
    basemap: 'osm',
    passage: longest(blockIds),
    readerMode: 'full',
    page: 'coverage',
    area: longest(featureIds),
    plan: first ?? null,
    changed: first && second ? [first, second] : null,
    story: 'chengdu-chongqing-twin-city-economic-circle-briefing',
    slide: 998,
    embed: false,
  };
}

describe('share link length', () => {
  it('stays under 2,000 characters for the worst realistic state, on a long address', () => {
    const state = worstRealisticState();
    const link = shareLink(state, BASE);
    const embed = embedLink(state, BASE);
    console.info(
      `worst realistic share link: ${link.length} characters (${BASE.length} of them the address)`,
    );
    expect(link.length).toBeLessThan(MAX_LINK_LENGTH);
    expect(embed.length).toBeLessThan(MAX_LINK_LENGTH);
    // Each piece was written: the state is really the worst case, not a default that formatUrl left out.
    const { state: parsed, problems } = parseUrl(new URL(link).search, context);
    expect(problems).toEqual([]);
    expect(Object.keys(parsed).sort()).toEqual(
      Object.keys(state)
        .filter((key) => key !== 'embed')
        .sort(),
    );
  });

  it('stays under 2,000 characters even with every id at the longest length the URL format accepts', () => {
    const idOf = (length: number) => 'a'.repeat(length);
    // PASSAGE_ID: up to 13 segments of 64; FEATURE_ID: 128; DOC_ID: 64 (src/state/url.ts).
    const passage = Array.from({ length: 13 }, () => idOf(64)).join('/');
    const state: UrlState = {
      ...worstRealisticState(),
      selection: idOf(128),
      area: idOf(128),
      passage,
      plan: idOf(64),
      changed: [idOf(64), `b${idOf(63)}`],
      story: idOf(64),
    };
    const link = shareLink(state, BASE);
    expect(parseUrl(new URL(link).search, context).problems).toEqual([]);
    console.info(`longest share link the format allows: ${link.length} characters`);
    expect(link.length).toBeLessThan(MAX_LINK_LENGTH);
  });
});

describe('share link round trip', () => {
  it('reads back every piece of state it writes', () => {
    const state = worstRealisticState();
    const { state: parsed } = parseUrl(new URL(shareLink(state, BASE)).search, context);
    expect({ ...DEFAULT_URL_STATE, ...parsed }).toEqual({ ...state, embed: false });
  });

  it('an embed link is the map of the share link plus embed=1, without the reader or the coverage page', () => {
    const reading = worstRealisticState();
    const embedded = parseUrl(new URL(embedLink(reading, BASE)).search, context).state;
    expect(embedded.embed).toBe(true);
    expect(embedded.passage).toBeUndefined();
    expect(embedded.readerMode).toBeUndefined();
    expect(embedded.page).toBeUndefined();
    expect(embedded.layers).toEqual(reading.layers);
    expect(embedded.selection).toBe(reading.selection);
    expect(embedded.plan).toBe(reading.plan);
  });

  it('an embed link of a plain map view is the share link plus embed=1', () => {
    const state = { ...DEFAULT_URL_STATE, selection: 'zone-panxi', language: 'en' as const };
    const { state: parsed } = parseUrl(new URL(embedLink(state, BASE)).search, context);
    expect(parsed.embed).toBe(true);
    expect(parsed.selection).toBe('zone-panxi');
    expect(embedLink(state, BASE)).toBe(`${shareLink(state, BASE)}&embed=1`);
    expect(new URL(shareLink({ ...state, embed: true }, BASE)).searchParams.has('embed')).toBe(false);
  });

  it('the default state is the bare address', () => {
    expect(shareLink(DEFAULT_URL_STATE, BASE)).toBe(BASE);
  });
});

describe('iframe snippet', () => {
  it('escapes the address and the title inside attributes', () => {
    const title = 'Map "A" <b>&</b> \'quoted\'';
    const src = `${BASE}?map=7.00/30.0000/104.0000&sel=zone-panxi&embed=1`;
    const snippet = iframeSnippet(src, EMBED_SIZES[0] ?? { id: 'x', width: 1, height: 1 }, title);
    expect(snippet).toContain(`src="${src.replaceAll('&', '&amp;')}"`);
    expect(snippet).toContain(`title="${escapeAttribute(title)}"`);
    expect(snippet).not.toContain('<b>');
    // Parsing the attribute back gives the original strings.
    const decode = (value: string) =>
      value
        .replaceAll('&quot;', '"')
        .replaceAll('&#39;', "'")
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&amp;', '&');
    expect(decode(/title="([^"]*)"/.exec(snippet)?.[1] ?? '')).toBe(title);
    expect(decode(/src="([^"]*)"/.exec(snippet)?.[1] ?? '')).toBe(src);
  });

  it('writes each size preset and the sandbox the atlas needs', () => {
    for (const size of EMBED_SIZES) {
      const snippet = iframeSnippet(BASE, size, 'Atlas');
      expect(snippet).toContain(`width="${size.width}"`);
      expect(snippet).toContain(`height="${size.height}"`);
      expect(snippet).toMatch(/sandbox="[^"]*allow-scripts[^"]*allow-same-origin[^"]*allow-popups/);
      expect(snippet).toContain('loading="lazy"');
    }
  });
});
