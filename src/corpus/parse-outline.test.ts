import { describe, expect, it } from 'vitest';
import { parseChengduOutline } from './parse-chengdu-outline.ts';
import { parseOutlineBody } from './parse-outline.ts';
import { parseSichuanOutline } from './parse-sichuan-outline.ts';
import { seedLines } from './test-support.ts';
import { TreeBuilder } from './tree-builder.ts';

const sichuan = seedLines('sichuan15');
const chengdu = seedLines('chengdu14');

function parseExcerpt(lines: string[], firstLine: number, lastLine: number, chrome: RegExp = /^$/) {
  const builder = new TreeBuilder('t', 'excerpt');
  parseOutlineBody(
    lines,
    {
      sourcePath: 'excerpt',
      firstLine,
      lastLine,
      isChrome: (line) => chrome.test(line),
      cleanLine: (line) => line.replaceAll('**', '').replace(/^◆\s*/, ''),
      boxEnd: 'non-item',
    },
    builder,
  );
  return builder.finish();
}

describe('outline body parser on excerpts of 000 and 002', () => {
  it('joins a paragraph cut by a page break (000 1089/1091 金花寺⏎水库)', () => {
    const blocks = parseExcerpt(sichuan, 1089, 1091);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.text).toContain('金花寺水库');
    expect(blocks[0]?.lines).toEqual([1089, 1091]);
  });

  it('drops a box header repeated after a page break and joins the cut item (002 285–297 南拓、|西控)', () => {
    const blocks = parseExcerpt(chengdu, 285, 297);
    expect(blocks.filter((block) => block.kind === 'box').map((block) => block.id)).toEqual(['t/b1']);
    const joined = blocks.find((block) => block.lines[0] === 289);
    expect(joined?.lines).toEqual([289, 295]);
    expect(joined?.text).toContain('南拓、西控');
  });

  it('keeps a table whole across a page break and drops its repeated header row (002 专栏2)', () => {
    const blocks = parseExcerpt(chengdu, 305, 360);
    const tables = blocks.filter((block) => block.kind === 'table');
    expect(tables).toHaveLength(1);
    const header = chengdu[306] ?? '';
    expect(tables[0]?.text.split(header.trimEnd()).length).toBe(2);
    expect(tables[0]?.text).toContain('地表水质 量');
  });

  it('drops the running header and English footer of 002 and joins across them (龙泉⏎山东侧)', () => {
    const blocks = parseChengduOutline('cd14', 'seeds/002', chengdu).blocks;
    expect(blocks.some((block) => block.text.includes('Chengde'))).toBe(false);
    const eastward = blocks.find((block) => block.lines[0] === 882);
    expect(eastward?.text).toContain('龙泉山东侧现代产业发展带');
    expect(eastward?.lead).toBe('高起点建设“东进”区域。');
  });

  it('closes a 002 box where body text resumes (专栏3 ends before line 372)', () => {
    const blocks = parseExcerpt(chengdu, 362, 373);
    const resumed = blocks.find((block) => block.lines[0] === 372);
    expect(resumed?.parent).toBeNull();
    expect(blocks.find((block) => block.lines[0] === 366)?.parent).toBe('t/b3');
  });

  it('skips the TOC and takes the body headings (000 第四十四章 title differs from its TOC entry)', () => {
    const blocks = parseSichuanOutline('sc15', 'seeds/000', sichuan).blocks;
    const chapter = blocks.find((block) => block.id === 'sc15/p12/c44');
    expect(chapter?.lines[0]).toBe(1423);
    expect(chapter?.title).toBe('推进文化和旅游深度融合发展');
    expect(blocks.every((block) => block.lines[0] >= 181)).toBe(true);
  });

  it('ids sections and paragraphs by their place: sc15/p8/c27/s1/p1 (section 1 has one paragraph)', () => {
    const blocks = parseSichuanOutline('sc15', 'seeds/000', sichuan).blocks;
    const block = blocks.find((candidate) => candidate.id === 'sc15/p8/c27/s1/p1');
    expect(block?.kind).toBe('paragraph');
    expect(block?.lines).toEqual([977, 977]);
    expect(block?.parent).toBe('sc15/p8/c27/s1');
    expect(blocks.some((candidate) => candidate.id === 'sc15/p8/c27/s1/p2')).toBe(false);
    expect(blocks.find((candidate) => candidate.id === 'sc15/p8/c27/s3/b18')?.title).toBe(
      '国家综合立体交通极建设',
    );
  });
});

describe('box items merged into one line by a page break (000)', () => {
  it('splits the next item out of a continuation line (643: …及时转化。中试验证。…)', () => {
    const blocks = parseSichuanOutline('sc15', 'seeds/000', sichuan).blocks;
    const tail = blocks.find((block) => block.lead === '接续攻关。');
    const next = blocks.find((block) => block.lead === '中试验证。');
    expect(tail?.lines).toEqual([641, 643]);
    expect(tail?.text.endsWith('支持其及时转化。')).toBe(true);
    expect(next?.lines).toEqual([643, 643]);
    expect(next?.parent).toBe(tail?.parent);
  });

  it('does not split at a short sentence that opens with a verb (1837/1839 box 34)', () => {
    const blocks = parseSichuanOutline('sc15', 'seeds/000', sichuan).blocks;
    const item = blocks.find((block) => block.lead === '应急管理能力提升。');
    expect(item?.lines).toEqual([1837, 1839]);
    expect(item?.text).toContain('“九小场所”');
    expect(item?.text.endsWith('实施一批森林草原防灭火建设项目。')).toBe(true);
    expect(blocks.some((block) => block.lead === '加强应急科技支撑能力建设。')).toBe(false);
  });
});
