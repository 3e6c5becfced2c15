import { describe, expect, it } from 'vitest';
import { catalogueDrafts } from './catalogue.ts';
import { parseNotice, parseRegionalPlan, splitRegional } from './parse-regional.ts';
import { seedLines } from './test-support.ts';

const lines = seedLines('regional14');
const specs = catalogueDrafts
  .filter((draft) => draft.kind === 'regional-plan')
  .map((draft) => ({ id: draft.id, title: draft.title_zh }));

describe('regional plans (003)', () => {
  it('splits the file into the cover notice and five bodies, skipping the five TOCs', () => {
    const split = splitRegional('seeds/003', lines, specs);
    expect(split.notice).toEqual([1, 27]);
    expect(split.plans.map((plan) => plan.lines[0])).toEqual([588, 2524, 4410, 6040, 7497]);
  });

  it('reads the notice text from the document number on', () => {
    const notice = parseNotice('n', 'seeds/003', lines, [1, 27]);
    expect(notice.blocks.map((block) => block.text)).toContain('2021年6月9日');
    expect(notice.blocks[0]?.text).toBe('川府发〔2021〕7号');
  });

  it('finds paragraph starts from the indent and joins wrapped lines (成自宜高⏎铁, 天府/ 新区)', () => {
    const plan = parseRegionalPlan('cd', 'seeds/003', lines, [588, 2523]);
    const infrastructure = plan.blocks.find((block) => block.lead === '基础设施明显改善。');
    expect(infrastructure?.lines).toEqual([651, 669]);
    expect(infrastructure?.text).toContain('成自宜高铁加快建设');
    const opening = plan.blocks.find((block) => block.lead === '开放门户作用凸显。');
    expect(opening?.text).toContain('四川天府新区成功获批');
    // 631 is a full-width line that ends a paragraph; 633 starts the next one.
    expect(plan.blocks.find((block) => block.lead === '经济实力大幅提升。')?.lines).toEqual([618, 631]);
  });

  it('starts a paragraph at a run-in title whose indent digits blur (2171 提升公共服务便利化水平。)', () => {
    const plan = parseRegionalPlan('cd', 'seeds/003', lines, [588, 2523]);
    expect(plan.blocks.find((block) => block.lead === '提升公共服务便利化水平。')?.lines[0]).toBe(2171);
    // …but a short sentence end at the start of a full line continues its paragraph (1114 地实施。 聚焦…).
    expect(plan.blocks.some((block) => block.lines[0] === 1114)).toBe(false);
  });

  it('keeps box items as titled paragraphs and ends the box where body text resumes (专栏2 → 1290)', () => {
    const plan = parseRegionalPlan('cd', 'seeds/003', lines, [588, 2523]);
    const item = plan.blocks.find((block) => block.lines[0] === 1188);
    expect(item?.title).toBe('重大科技基础设施');
    expect(item?.parent).toMatch(/\/b1$/);
    const resumed = plan.blocks.find((block) => block.lines[0] === 1290);
    expect(resumed?.lead).toBe('发展壮大现代服务业。');
    expect(resumed?.parent).not.toMatch(/\/b\d+$/);
  });

  it('reads headings that open a PDF page with a leading space (PX 第四章 at 6461)', () => {
    const plan = parseRegionalPlan('px', 'seeds/003', lines, [6040, 7496]);
    expect(plan.blocks.find((block) => block.id === 'px/c4')?.lines[0]).toBe(6461);
  });
});
