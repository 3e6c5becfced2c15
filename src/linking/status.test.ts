import { describe, expect, it } from 'vitest';
import { findMentions } from './matcher.ts';
import { readStatus } from './status.ts';
import { fixtureContext } from './test-fixtures.ts';
import type { StatusClass } from './types.ts';

const context = fixtureContext();

/** Status of every linked mention in a sentence, as `surface:status`. */
function statuses(text: string): string[] {
  const mentions = findMentions(context.matcher, text);
  const names: [number, number][] = mentions.map((m) => [m.start, m.end]);
  return mentions.map((m) => `${m.surface}:${readStatus(context.status, text, m.start, m.end, names)}`);
}

const one = (text: string): StatusClass => (statuses(text)[0]?.split(':')[1] ?? 'none') as StatusClass;

describe('status verbs on real sentences', () => {
  it('completed: 建成 / 建成投用 / 全线贯通 (000:193, 000:991)', () => {
    expect(one('成都天府国际机场等标志性工程建成投用')).toBe('completed');
    expect(statuses('国际铁路大通道工程。建成成渝中线高铁、成达万高铁，加快建设川藏铁路、川青铁路')).toEqual([
      '成渝中线高铁:completed',
      '成达万高铁:completed',
      '川藏铁路:under-construction',
      '川青铁路:under-construction',
    ]);
  });

  it('under-construction: 加快建设, and 开工建设 written after the name (003:657)', () => {
    expect(one('成达万高铁开工建设,西成高铁、成贵高铁等建成通车')).toBe('under-construction');
    expect(statuses('成达万高铁开工建设,西成高铁、成贵高铁等建成通车')[1]).toBe('西成高铁:completed');
  });

  it('start: 推动实施 governs the item even when 扩能 follows (000:991); 力争开工建设 is start', () => {
    expect(one('推动实施成达万高铁扩能')).toBe('start');
    expect(one('力争开工永宁、书古、中阿坝等大中型水库')).toBe('start');
    expect(one('推动实施长江宜宾至重庆段航道提升工程')).toBe('start');
  });

  it('preparatory: 前期工作 after a list (000:996)', () => {
    expect(one('加快推进成渝中线等前期工作')).toBe('preparatory');
  });

  it('study: 研究论证, 谋划, 争取纳入 (000:991, 002:728, 003:3644)', () => {
    expect(one('研究论证川青铁路等')).toBe('study');
    expect(one('积极谋划成达万高铁')).toBe('study');
    expect(one('积极争取将成达万高铁纳入国家规划')).toBe('study');
  });

  it('upgrade: 扩容改造 after a code (000:998), 提升 before a list', () => {
    expect(one('实施 G4215 等国家高速公路繁忙路段扩容改造')).toBe('upgrade');
    expect(one('推进长江等级提升、嘉陵江提效')).toBe('upgrade');
  });

  it('mention: 依托 / 推进…建设 commit to nothing (000:303, 000:1000)', () => {
    expect(one('依托成达万高铁和绵遂资内、达成、达万铁路等，布局建设成（绵）南达万经济带')).toBe('mention');
    expect(one('推进泸州港等全国性主要港口建设')).toBe('mention');
  });

  it('lists: a verb that closes an earlier item does not govern the next (002:562)', () => {
    expect(statuses('推进建设川藏铁路改造、成渝中线高铁等')).toEqual([
      '川藏铁路:upgrade',
      '成渝中线高铁:mention',
    ]);
  });

  it('a clause boundary stops the search (，and ASCII , in 003)', () => {
    expect(statuses('建成成渝中线高铁,推进川青铁路建设')).toEqual([
      '成渝中线高铁:completed',
      '川青铁路:mention',
    ]);
  });

  it('a verb inside another linked name is not a verb (共建成德…, 新建成南达)', () => {
    expect(one('加快新建成达万高铁')).toBe('mention');
  });

  it('a name inside a book title is a mention; verbs in titles govern nothing (003:12)', () => {
    const text =
      '现将《成都平原经济区“十四五”一体化发展规划》《攀西经济区“十四五”转型升级发展规划》印发给你们';
    expect(statuses(text)).toEqual(['成都平原经济区:mention']);
  });
});

describe('status edge cases found in a random sample of links', () => {
  it('a neutral verb after a list closes the list (002:608 …天邛等高速建设和…等高速扩容)', () => {
    expect(statuses('有序推动成达万高铁、川青铁路等高速建设和川藏铁路等高速扩容')).toEqual([
      '成达万高铁:mention',
      '川青铁路:mention',
      '川藏铁路:upgrade',
    ]);
  });

  it('加快 X 建设 reads as 加快建设 (000:1042)', () => {
    expect(one('加快成达万高铁建设，新增装机规模约 500 万千瓦')).toBe('under-construction');
    expect(one('推进成达万高铁建设')).toBe('mention');
  });
});

describe('status fixes from the held-out rows', () => {
  it('研究论证A，以及B: 以及 continues the list (002:1105)', () => {
    expect(statuses('研究论证川青铁路，以及成达万高铁')).toEqual(['川青铁路:study', '成达万高铁:study']);
  });

  it('a verb inside another linked name does not govern the list (003:3650 …和成渝扩容等高速公路)', () => {
    expect(statuses('推进建设成达万高铁、G4215成自泸扩容等高速公路')).toEqual([
      '成达万高铁:mention',
      'G4215成自泸扩容:upgrade',
    ]);
  });
});
