import { describe, expect, it } from 'vitest';
import { createSearch, loadSearch, serializeSearchIndex } from './search.ts';
import { indexTokens, normalizeForSearch, queryTokens } from './search-tokenizer.ts';

const documents = [
  {
    id: 'a',
    blocks: [
      { id: 'a/c1', title: '综合交通', text: '第一章综合交通' },
      { id: 'a/c1/p1', text: '加快建设成渝中线高铁，推进G4216屏山至金阳段建设。' },
      { id: 'a/c1/p2', text: '建设天府国际机场二期，提升成都天府国际机场功能。' },
      { id: 'a/c1/p3', text: '成渝、渝中、中线、线高、高铁；成渝渝中中线线高高铁。' },
    ],
  },
  {
    id: 'b',
    blocks: [
      { id: 'b/p1', text: '中国(绵阳)科技城建设。天府新区。' },
      { id: 'b/b1/p1', title: '重大科技基础设施', text: '加快建设大型低速风洞。' },
    ],
  },
];

describe('CJK tokenizer', () => {
  it('indexes Han bigrams plus the last character of each run, and ASCII words whole', () => {
    expect(indexTokens('天府机场 G4216')).toEqual(['天府', '府机', '机场', '场', 'g4216']);
  });

  it('queries a term by its bigrams, a single character alone', () => {
    expect(queryTokens('成渝中线高铁')).toEqual(['成渝', '渝中', '中线', '线高', '高铁']);
    expect(queryTokens('川')).toEqual(['川']);
    expect(queryTokens('G4216')).toEqual(['g4216']);
  });

  it('normalises full-width forms without changing length', () => {
    const text = '中国（绵阳）科技城ＰＭ２．５';
    expect(normalizeForSearch(text)).toBe('中国(绵阳)科技城pm2.5');
    expect(normalizeForSearch(text)).toHaveLength(text.length);
  });
});

describe('corpus search', () => {
  const search = createSearch(documents);

  it('finds the exact term first and highlights it in the snippet', () => {
    const hits = search.search('成渝中线高铁');
    expect(hits[0]?.blockId).toBe('a/c1/p1');
    const first = hits[0];
    if (!first) throw new Error('no hit');
    const [start, end] = first.highlights[0] ?? [0, 0];
    expect(first.snippet.slice(start, end)).toBe('成渝中线高铁');
    // A block holding every bigram but not the phrase ranks lower.
    expect(hits.map((hit) => hit.blockId).indexOf('a/c1/p3')).not.toBe(0);
  });

  it('matches ASCII road numbers and bracket variants', () => {
    expect(search.search('g4216').map((hit) => hit.blockId)).toEqual(['a/c1/p1']);
    expect(search.search('中国（绵阳）科技城').map((hit) => hit.blockId)).toEqual(['b/p1']);
  });

  it('finds single characters anywhere, including at the end of a run', () => {
    expect(search.search('城').map((hit) => hit.blockId)).toContain('b/p1');
    expect(search.search('洞').map((hit) => hit.blockId)).toEqual(['b/b1/p1']);
  });

  it('filters by document and searches titles', () => {
    expect(search.search('天府', { doc: 'b' }).map((hit) => hit.docId)).toEqual(['b']);
    expect(
      search
        .search('天府')
        .map((hit) => hit.docId)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(search.search('重大科技').map((hit) => hit.blockId)).toEqual(['b/b1/p1']);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(search.search('  ')).toEqual([]);
    expect(search.search('，。')).toEqual([]);
  });

  it('gives the same hits from a serialized index', () => {
    const loaded = loadSearch(serializeSearchIndex(documents), documents);
    expect(loaded.search('天府国际机场')).toEqual(search.search('天府国际机场'));
  });
});
