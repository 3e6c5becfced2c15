import { describe, expect, it } from 'vitest';
import {
  addSlide,
  BRIEFING_STORAGE_KEY,
  briefingExport,
  emptyBriefing,
  type KeyValueStorage,
  MY_BRIEFING_ID,
  moveSlide,
  parseBriefingImport,
  pickText,
  readBriefing,
  removeSlide,
  updateSlide,
  writeBriefing,
} from './briefing-storage';
import type { StorySlide } from './story-schema';

const LAYERS = ['zones', 'railways'];

function memoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const slide = (caption: string): Omit<StorySlide, 'id'> => ({
  title: { zh: caption, en: '' },
  caption: { zh: caption, en: '' },
  view: { center: [104, 30.6], zoom: 7, bearing: 0 },
  layers: ['railways'],
  highlight: ['railway-x'],
  passages: ['sc15/p8/c27/p1'],
});

const briefing = () =>
  addSlide(
    addSlide(addSlide(emptyBriefing({ zh: '我的简报', en: 'My briefing' }), slide('一')), slide('二')),
    slide('三'),
  );

describe('briefing storage', () => {
  it('round-trips a briefing through storage', () => {
    const storage = memoryStorage();
    expect(readBriefing(storage, LAYERS)).toEqual({ status: 'empty' });
    expect(writeBriefing(storage, briefing())).toBeNull();
    const read = readBriefing(storage, LAYERS);
    expect(read.status === 'ok' && read.story.slides.map((s) => s.caption.zh)).toEqual(['一', '二', '三']);
  });

  it('reports corrupt storage instead of throwing or half-using it', () => {
    expect(readBriefing(memoryStorage({ [BRIEFING_STORAGE_KEY]: '{not json' }), LAYERS).status).toBe(
      'corrupt',
    );
    expect(readBriefing(memoryStorage({ [BRIEFING_STORAGE_KEY]: '{"version":2}' }), LAYERS)).toEqual({
      status: 'corrupt',
      message: 'unknown storage version',
    });
    const badLayer = JSON.stringify({
      version: 1,
      story: { ...briefing(), slides: [{ ...briefing().slides[0], layers: ['gone'] }] },
    });
    const read = readBriefing(memoryStorage({ [BRIEFING_STORAGE_KEY]: badLayer }), LAYERS);
    expect(read).toEqual({ status: 'corrupt', message: 'slide 1: unknown layer "gone"' });
  });

  it('reports a storage that refuses writes', () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      removeItem: () => {},
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(writeBriefing(full, briefing())).toBe('QuotaExceededError');
  });
});

describe('import and export', () => {
  it('imports what it exported', () => {
    const result = parseBriefingImport(briefingExport(briefing()), LAYERS);
    expect('story' in result && result.story.slides.length).toBe(3);
    expect('story' in result && result.story.id).toBe(MY_BRIEFING_ID);
  });

  it('refuses bad files with a message naming what is wrong', () => {
    expect(parseBriefingImport('', LAYERS)).toEqual({ error: 'the file is empty' });
    const syntax = parseBriefingImport('{\n "id": "x",\n oops }', LAYERS);
    expect('error' in syntax && syntax.error).toMatch(/^line 3: not valid JSON/);
    const text = briefingExport(briefing()).replace('"railways"', '"no-such-layer"');
    const bad = parseBriefingImport(text, LAYERS);
    expect('error' in bad && bad.error).toMatch(/^line \d+: slide 1: unknown layer "no-such-layer"$/);
    const notStory = parseBriefingImport('[1, 2]', LAYERS);
    expect('error' in notStory && notStory.error).toContain('expected a story object');
  });
});

describe('editing', () => {
  it('adds slides with fresh ids, moves, edits and removes them', () => {
    let story = briefing();
    expect(story.slides.map((s) => s.id)).toEqual(['slide-1', 'slide-2', 'slide-3']);
    story = moveSlide(story, 2, -1);
    expect(story.slides.map((s) => s.caption.zh)).toEqual(['一', '三', '二']);
    expect(moveSlide(story, 0, -1)).toBe(story);
    story = updateSlide(story, 1, { caption: { zh: '改', en: '' } });
    expect(story.slides[1]?.caption.zh).toBe('改');
    story = removeSlide(story, 0);
    story = addSlide(story, slide('四'));
    expect(new Set(story.slides.map((s) => s.id)).size).toBe(3);
  });

  it('falls back to the other language when one is empty', () => {
    expect(pickText({ zh: '', en: 'Only English' }, 'zh')).toBe('Only English');
    expect(pickText({ zh: '中文', en: 'English' }, 'en')).toBe('English');
  });
});
