import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Link } from '../types';
import { buildLinksData, loadLinksData, parseDocuments } from './links-data';

const index = {
  documents: [
    {
      id: 'sc15',
      title_zh: '十五五',
      title_en: '15th',
      file: 'data/plans/sc15.json',
      date: { iso: '2026-02-07' },
    },
    { id: 'sc-work-report', title_zh: '政府工作报告', file: 'data/plans/sc-work-report.json', date: null },
  ],
};

const link: Link = {
  feature: 'f',
  layer: 'railways',
  doc: 'sc15',
  block: 'sc15/p1',
  start: 0,
  end: 2,
  surface: 'xx',
  line: 1,
  status_class: 'mention',
  confidence: 1,
};

describe('parseDocuments', () => {
  it('reads ids, dates (null when undated), titles and files', () => {
    const documents = parseDocuments(index);
    expect(documents.map((d) => [d.id, d.date, d.titleEn])).toEqual([
      ['sc15', '2026-02-07', '15th'],
      ['sc-work-report', null, '政府工作报告'],
    ]);
  });

  it('rejects an index without documents', () => {
    expect(() => parseDocuments({})).toThrow(/no documents/);
  });
});

describe('buildLinksData', () => {
  it('indexes documents by id and builds the lookup', () => {
    const data = buildLinksData([link], parseDocuments(index));
    expect(data.documentById.get('sc15')?.titleZh).toBe('十五五');
    expect(data.lookup.mentionsOf('f')).toHaveLength(1);
  });
});

describe('loadLinksData', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetches once, and again after a failure', async () => {
    let fail = true;
    const fetch = vi.fn(async (url: string) => {
      if (fail) return new Response('gone', { status: 404 });
      return new Response(JSON.stringify(url.includes('links') ? [link] : index));
    });
    vi.stubGlobal('fetch', fetch);
    await expect(loadLinksData()).rejects.toThrow(/404/);
    fail = false;
    const first = await loadLinksData();
    const second = await loadLinksData();
    expect(first).toBe(second);
    expect(first.links).toHaveLength(1);
    expect(fetch).toHaveBeenCalledTimes(4);
  });
});
