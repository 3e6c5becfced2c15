import { describe, expect, it } from 'vitest';
import { prepareLinker } from './prepare.ts';
import { FILES, linked } from './test-fixtures.ts';

describe('matcher', () => {
  it('keeps the longest match', () => {
    expect(linked('成都天府国际机场等标志性工程建成投用')).toEqual(['成都天府国际机场=air-tf']);
  });

  it('expands a distributive list to one railway per item (000:303)', () => {
    expect(linked('依托成达万高铁和绵遂资内、达成、达万铁路等，布局建设')).toEqual([
      '成达万高铁=rail-cdw',
      '绵遂资内=rail-msn',
      '达成=rail-dc',
      '达万铁路=rail-dw',
    ]);
  });

  it('expands a list closed by 等 + modifier + suffix (000:1085)', () => {
    expect(linked('加快建设三坝、米市、渔洞河、观口等大中型水库')).toEqual(['三坝=res-sb', '观口=res-gk']);
  });

  it('expands a list of GA airports and reads 建成德阳 as 建成 + 德阳 (000:1131)', () => {
    expect(linked('建成德阳什邡、眉山洪雅通用机场')).toEqual(['德阳什邡=air-sf', '眉山洪雅通用机场=air-hy']);
  });

  it('links a group alias to every member', () => {
    expect(linked('加速构建“三州”地区路网主骨架')).toEqual(['三州=pref-aba+pref-gz+pref-ls']);
  });

  it('derives short forms of admin units (成都市 → 成都, 阿坝藏族羌族自治州 → 阿坝州 / 阿坝)', () => {
    expect(linked('支持成都、阿坝州和阿坝发展')).toEqual([
      '成都=pref-cd',
      '阿坝州=pref-aba',
      '阿坝=pref-aba',
    ]);
  });

  it('prefers the prefecture over the county for a shared short form', () => {
    expect(linked('支持甘孜建设')).toEqual(['甘孜=pref-gz']);
  });

  it('matches ASCII and full-width brackets and stray spaces alike', () => {
    expect(linked('加快建设岷江(眉山—宜宾段)高等级航道')).toEqual(['岷江(眉山—宜宾段)高等级航道=river-mj']);
    expect(linked('推进天府国际机 场建设')).toEqual(['天府国际机 场=air-tf']);
  });

  it('matches station names only with 站 (合作 is a word, 成都 a city)', () => {
    expect(linked('深化合作，以成都站、天府站为核心节点')).toEqual([
      '成都站=station-cd',
      '天府站=station-tf',
    ]);
  });

  it('needs a type suffix for two-character layer aliases (达成 is also "achieve")', () => {
    expect(linked('双方达成共识')).toEqual([]);
  });

  it('does not link an admin name that opens a longer name (泸州港, 宜宾三江新区)', () => {
    expect(linked('推进泸州港建设，提升宜宾三江新区水平')).toEqual(['泸州港=port-lz']);
  });

  it('…nor one that opens a list item closed by 等 + suffix (003:3662 内江城市过境等高速公路)', () => {
    expect(linked('加快建设内江城市过境等高速公路')).toEqual([]);
    expect(linked('支持宜宾、泸州等地机场改建')).toEqual(['宜宾=pref-yb', '泸州=pref-lz']);
  });
});

describe('distributive suffixes that need 等 or a modifier', () => {
  it('生态廊道 closes a list only after a modifier (003:7778 vs 003:3988)', () => {
    const context = prepareLinker(
      [{ id: 'corridor-js', layer: 'axes', name_zh: '金沙江生态廊道(五廊)', aliases: ['金沙江生态廊道'] }],
      FILES,
      new Map(),
    ).context;
    expect(linked('系统推进黄河、金沙江、岷江五大生态廊道保护与建设', context)).toEqual([
      '金沙江=corridor-js',
    ]);
    expect(linked('加快推进沱江、金沙江、岷江等绿色生态廊道建设', context)).toEqual([]);
  });
});
