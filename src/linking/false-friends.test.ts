import { describe, expect, it } from 'vitest';
import { normalizeForm } from './normalize.ts';
import { prepareLinker } from './prepare.ts';
import type { FalseFriendRule } from './rules.ts';
import { FILES, linked, RULES } from './test-fixtures.ts';

/** Each false-friend rule in data/gazetteer/false-friends.json carries a real sentence; each must hold. */
describe('false-friend rules (data/gazetteer/false-friends.json)', () => {
  for (const rule of RULES) {
    it(`${rule.id}: ${rule.note.slice(0, 60)}`, () => {
      const example = rule.example;
      expect(example, 'every rule needs an example sentence').toBeDefined();
      if (!example) return;
      const surfaces = linked(example.text).map((s) => normalizeForm(s.split('=')[0] as string));
      expect(surfaces).not.toContain(normalizeForm(example.forbid));
      if (example.expect) expect(surfaces).toContain(normalizeForm(example.expect));
    });
  }

  it("西成高铁 (Xi'an) is not 成西铁路 (Xining); 西成铁路 in 003:7559 is Xining", () => {
    expect(linked('西成高铁、成贵高铁等建成通车')).toEqual(['西成高铁=rail-xc']);
    expect(linked('川藏铁路、西成铁路开工建设')).toEqual(['川藏铁路=rail-cz', '西成铁路=rail-cq']);
  });

  it('G42 does not match inside G4215, but does on its own', () => {
    expect(linked('实施 G4215 等国家高速公路繁忙路段扩容改造')).toEqual(['G4215=exp-g4215']);
    expect(linked('全面建成G42成南扩容')).toEqual(['G42=exp-g42']);
  });

  it('天府南, 天府粮仓, 天府新区 and 天府国际机场 are different things', () => {
    expect(linked('完善省内甘孜至天府南骨干网架')).toEqual(['甘孜=pref-gz']);
    expect(linked('持续打造“天府粮仓”')).toEqual([]);
    expect(linked('夯实四川天府新区功能，推进天府国际机场建设')).toEqual([
      '四川天府新区=newarea-tf',
      '天府国际机场=air-tf',
    ]);
  });

  it('锦江 the river still links where the text means the river', () => {
    expect(linked('锦江水生态治理获充分肯定')).toEqual(['锦江=river-jj']);
  });

  it('长江 the river links; the strategy, the region, the fish and the freight train do not', () => {
    expect(linked('持续抓好长江十年禁渔')).toEqual(['长江=river-cj']);
    expect(linked('融入长江经济带发展，筑牢长江上游生态屏障')).toEqual([]);
    expect(linked('加强川陕哲罗鲑、长江鲟等珍贵濒危水生生物保护')).toEqual([]);
    expect(linked('中老铁路、长江班列等高效联动')).toEqual([]);
  });

  it('岷江 inside a channel name links the waterway (longest match), bare 岷江 the river', () => {
    expect(linked('畅通岷江航运主通道')).toEqual(['岷江航运主通道=river-mj']);
    expect(linked('全面优化岷江、沱江水系网')).toEqual(['岷江=river-minjiang']);
  });

  it('峨眉山 is the mountain, 峨眉山市 the county, and neither is 眉山', () => {
    expect(linked('以及峨眉山古建筑群保护修缮')).toEqual(['峨眉山=mount-em']);
    expect(linked('支持峨眉山市建设国际旅游城市')).toEqual(['峨眉山市=county-ems']);
    expect(linked('锦江区祥宝环球贸易广场')).toEqual(['锦江区=county-jj']);
  });

  it('川藏铁路 in 国家川藏铁路技术创新中心 (003:1205) is the centre, not the railway', () => {
    expect(linked('推动国家川藏铁路技术创新中心建设')).toEqual([]);
  });

  it('川藏铁路 links as the railway outside a list of innovation centres', () => {
    expect(linked('加快建设川藏铁路、川青铁路')).toEqual(['川藏铁路=rail-cz', '川青铁路=rail-cq']);
  });

  it('成渝中线 in 成渝中线科创大走廊 is not the HSR', () => {
    expect(linked('合力打造成渝中线科创大走廊')).toEqual([]);
    expect(linked('加快推进成渝中线等干线铁路建设')).toEqual(['成渝中线=rail-cyzx']);
  });
});

/**
 * Proof that each rule test can fail: against a gazetteer holding only the forbidden form (in the layer the rule
 * guards), the example links it without the rule and does not with it.
 */
describe('every false-friend rule is load-bearing', () => {
  for (const rule of RULES) {
    const example = rule.example;
    if (!example) continue;
    const layer = rule.kind === 'shadow' ? 'prefectures' : 'places';
    const trap = [{ id: 'trap', layer, name_zh: example.forbid, aliases: [] }];
    const surfacesWith = (rules: FalseFriendRule[]) => {
      const context = prepareLinker(trap, { ...FILES, falseFriends: { rules } }, new Map()).context;
      return linked(example.text, context).map((s) => normalizeForm(s.split('=')[0] as string));
    };
    it(`${rule.id}: blocks ${example.forbid} only while the rule is there`, () => {
      expect(surfacesWith(RULES)).not.toContain(normalizeForm(example.forbid));
      expect(surfacesWith(RULES.filter((r) => r.id !== rule.id))).toContain(normalizeForm(example.forbid));
    });
  }
});
