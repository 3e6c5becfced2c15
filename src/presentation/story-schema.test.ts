import { describe, expect, it } from 'vitest';
import {
  locate,
  parseJsonText,
  type StoryProblem,
  storiesFile,
  type ValidationContext,
  validateStory,
} from './story-schema';

const context: ValidationContext = {
  layerIds: ['zones', 'axes', 'railways'],
  features: new Map([
    ['zone-a', 'Polygon'],
    ['railway-b', 'LineString'],
  ]),
  passages: new Set(['doc/c1/p1', 'doc/c1/p2']),
  requireBothLanguages: true,
};

function slide(overrides: Record<string, unknown> = {}) {
  return {
    id: 's1',
    title: { zh: '标题', en: 'Title' },
    caption: { zh: '说明', en: 'Caption' },
    view: { center: [104.06, 30.66], zoom: 7.123456, bearing: 0 },
    layers: ['railways', 'zones'],
    highlight: ['zone-a'],
    passages: ['doc/c1/p1'],
    ...overrides,
  };
}

function story(slides: unknown[]) {
  return { id: 'tiny', title: { zh: '故事', en: 'Story' }, description: { zh: '描述', en: 'About' }, slides };
}

/** Validates the story as it would be read from a file written with two-space indentation. */
function check(value: unknown, overrideContext = context) {
  const source = JSON.stringify(value, null, 2);
  return { source, ...validateStory(value, source, overrideContext) };
}

const messages = (problems: StoryProblem[]) => problems.map((problem) => problem.message);

describe('validateStory', () => {
  it('accepts a valid story and normalises it', () => {
    const { story: result, problems } = check(story([slide({ highlight: ['zone-a', 'zone-a'] })]));
    expect(problems).toEqual([]);
    const [first] = result.slides;
    // Layers come back in the registry's draw order, the camera rounded, duplicates dropped.
    expect(first?.layers).toEqual(['zones', 'railways']);
    expect(first?.view.zoom).toBe(7.12);
    expect(first?.highlight).toEqual(['zone-a']);
  });

  it('names an unknown layer, feature and passage, each on its own line', () => {
    const { source, problems } = check(
      story([slide({ layers: ['nope'], highlight: ['zone-x'], passages: ['doc/c9/p9'] })]),
    );
    expect(messages(problems)).toEqual([
      'slide 1: unknown layer "nope"',
      'slide 1: unknown feature "zone-x" (not in public/data/layers)',
      'slide 1: unknown passage "doc/c9/p9" (not in public/data/plans)',
    ]);
    const lines = source.split('\n');
    for (const [problem, needle] of problems.map(
      (p, i) => [p, ['"nope"', '"zone-x"', '"doc/c9/p9"'][i]] as const,
    ))
      expect(lines[(problem.line ?? 0) - 1]).toContain(needle);
  });

  it('places a problem in the slide it belongs to', () => {
    const { source, problems } = check(story([slide(), slide({ id: 's2', layers: ['nope'] })]));
    expect(problems).toHaveLength(1);
    const line = problems[0]?.line ?? 0;
    expect(line).toBeGreaterThan(source.split('\n').findIndex((text) => text.includes('"s2"')));
  });

  it('refuses a camera outside the map and empty captions', () => {
    const { problems } = check(
      story([slide({ view: { center: [10, 50], zoom: 20 }, caption: { zh: '说明', en: ' ' } })]),
    );
    expect(messages(problems)).toEqual([
      'slide 1: caption: both "zh" and "en" must be non-empty',
      'slide 1: view.center: expected [lon, lat] inside 90–116°E, 22–38°N',
      'slide 1: view.zoom: expected a number from 4 to 12',
    ]);
  });

  it('lets a user briefing leave one language empty but not skip passages checks it cannot make', () => {
    const loose: ValidationContext = { layerIds: context.layerIds, requireBothLanguages: false };
    const { problems } = check(
      story([slide({ caption: { zh: '', en: '' }, highlight: ['anything'] })]),
      loose,
    );
    expect(problems).toEqual([]);
  });

  it('checks flows: provenance required, trails follow highlighted lines', () => {
    const { problems } = check(
      story([
        slide({
          highlight: ['zone-a'],
          flows: [
            { id: 'a1', kind: 'arc', from: [104, 30], to: [108, 34], label: { zh: '弧', en: 'Arc' } },
            {
              id: 't1',
              kind: 'trail',
              feature: 'zone-a',
              provenance: { source: 'x', accuracy_m: 5, schematic: true },
            },
          ],
        }),
      ]),
    );
    expect(messages(problems)).toEqual([
      'slide 1: flow "a1".provenance: expected {"source": "…", "accuracy_m": n > 0, "schematic": true|false}',
      'slide 1: flow "t1": "zone-a" is a Polygon; trails follow lines',
    ]);
  });

  it('requires unlinked entries to name a highlighted feature and a reason', () => {
    const { problems } = check(story([slide({ unlinked: [{ feature: 'railway-b', reason: 'because' }] })]));
    expect(messages(problems)).toEqual(['slide 1: unlinked "railway-b" is not highlighted on this slide']);
  });

  it('refuses a story without slides and duplicate slide ids', () => {
    expect(messages(check(story([])).problems)).toEqual(['slides: expected a non-empty list']);
    expect(messages(check(story([slide(), slide()])).problems)).toEqual(['slide 2: duplicate slide id "s1"']);
  });
});

describe('parseJsonText and locate', () => {
  it('places a JSON syntax error on its line', () => {
    const result = parseJsonText('{\n  "id": "x",\n  oops\n}');
    expect('problem' in result && result.problem.line).toBe(3);
  });

  it('finds needles in order', () => {
    const source = 'a\n"id": "s1"\nx\n"id": "s2"\nx';
    expect(locate(source, ['"s2"', 'x'])).toBe(5);
    expect(locate(source, ['nothing'])).toBeNull();
  });
});

describe('storiesFile', () => {
  it('sorts stories by id and keeps slide order', () => {
    const make = (id: string) => ({ ...story([slide({ id: 'z' }), slide({ id: 'a' })]), id }) as never;
    const file = storiesFile([make('b'), make('a')]);
    expect(file.stories.map((s) => s.id)).toEqual(['a', 'b']);
    expect(file.stories[0]?.slides.map((s) => s.id)).toEqual(['z', 'a']);
  });
});
