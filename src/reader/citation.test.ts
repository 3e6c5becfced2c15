import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../corpus/types.ts';
import { formatCitation, formatPlanDate, permalink } from './citation.ts';
import { buildStructure } from './document-structure.ts';
import { sampleDocument } from './test-fixtures.ts';

const base = 'https://atlas.example/sc/';
const demo = buildStructure(sampleDocument.blocks);
const cite = (passageId: string, language: 'zh' | 'en', document = sampleDocument, structure = demo) =>
  formatCitation({ entry: document, structure, passageId, baseUrl: base, language });

describe('citation', () => {
  it('formats dates in both languages', () => {
    expect(formatPlanDate({ iso: '2026-02-07', event: 'approved', cited: { text: '', line: 1 } }, 'zh')).toBe(
      '2026年2月7日批准',
    );
    expect(formatPlanDate({ iso: '2026-02-07', event: 'approved', cited: { text: '', line: 1 } }, 'en')).toBe(
      'approved 7 February 2026',
    );
  });

  it('builds the permalink the app itself writes, dropping any query of the base', () => {
    expect(permalink(`${base}?map=1/2/3#x`, 'sc15/p8', 'zh')).toBe(`${base}?p=sc15/p8`);
    expect(permalink(base, 'sc15/p8', 'en')).toBe(`${base}?lang=en&p=sc15/p8`);
  });

  it('cites a paragraph in Chinese with title, date, headings, number and link', () => {
    expect(cite('demo/p1/c1/s1/p2', 'zh')).toBe(
      `《示范规划纲要》（2021年6月9日印发），第一篇 总体要求，第一章 规划背景，第一节 发展成就，第2段。四川规划图集：${base}?p=demo/p1/c1/s1/p2`,
    );
  });

  it('cites a paragraph in English with numbered levels and the Chinese headings quoted', () => {
    expect(cite('demo/p1/c1/s1/p2', 'en')).toBe(
      'Demonstration Plan Outline (《示范规划纲要》), issued 9 June 2021. Part 1 “总体要求”, Chapter 1 “规划背景”, ' +
        `Section 1 “发展成就”, paragraph 2. Sichuan Planning Atlas: ${base}?lang=en&p=demo/p1/c1/s1/p2`,
    );
  });

  it('names the box and a box item title', () => {
    expect(cite('demo/p1/c1/s2/b1/p1', 'zh')).toContain('第二节 面临环境，专栏1 重点工程，第1段（铁路）。');
    expect(cite('demo/p1/c1/s2/b1/p1', 'en')).toContain('Box 1 “重点工程”, paragraph 1 (“铁路”).');
    expect(cite('demo/p1/c1/s2/b1/t1', 'zh')).toContain('专栏1 重点工程，表格1。');
  });

  it('cites a figure by its caption and a heading by itself', () => {
    expect(cite('demo/p3/c2/f1', 'zh')).toContain('第二章 综合交通，图1 交通示意图。');
    expect(cite('demo/p3/c2/f1', 'en')).toContain('Chapter 2 “综合交通”, Figure 1 “交通示意图”.');
    expect(cite('demo/p1/c1', 'en')).toContain('Part 1 “总体要求”, Chapter 1 “规划背景”.');
  });

  it('leaves out the date when the text states none, and cites a whole document', () => {
    const undated = { ...sampleDocument, date: null };
    expect(cite('demo', 'zh', undated)).toBe(`《示范规划纲要》。四川规划图集：${base}?p=demo`);
    expect(cite('demo', 'en', undated)).toBe(
      `Demonstration Plan Outline (《示范规划纲要》). Sichuan Planning Atlas: ${base}?lang=en&p=demo`,
    );
  });

  it('cites a real passage of the 15th Five-Year Plan', () => {
    const sc15 = JSON.parse(readFileSync('public/data/plans/sc15.json', 'utf8')) as PlanDocument;
    const structure = buildStructure(sc15.blocks);
    const zh = cite('sc15/p8/c27/s3/b18/p1', 'zh', sc15, structure);
    expect(zh).toMatch(/^《四川省国民经济和社会发展第十五个五年规划纲要》（2026年2月7日批准），第八篇 /);
    expect(zh).toContain('第二十七章 ');
    expect(zh).toContain('专栏 18 国家综合立体交通极建设，第1段');
    expect(zh.endsWith(`第1段。四川规划图集：${base}?p=sc15/p8/c27/s3/b18/p1`)).toBe(true);
    const en = cite('sc15/p8/c27/s3/b18/p1', 'en', sc15, structure);
    expect(en).toContain('approved 7 February 2026. Part 8 “');
    expect(en).toContain('Chapter 27 “');
    expect(en).toContain('Section 3 “');
    expect(en).toContain('Box 18 “');
  });

  it('names the words-not-numbers parts of the Chengdu plan', () => {
    const cd14 = JSON.parse(readFileSync('public/data/plans/cd14.json', 'utf8')) as PlanDocument;
    const structure = buildStructure(cd14.blocks);
    expect(cite('cd14/preface/p1', 'en', cd14, structure)).toContain('. Preface “前言”, paragraph 1.');
    const annex = cd14.blocks.find((block) => block.id.startsWith('cd14/annex1/'));
    expect(annex && cite(annex.id, 'en', cd14, structure)).toContain('. Annex 1');
  });
});
