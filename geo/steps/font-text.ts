/**
 * Characters the label font must cover: every label string in the built layers plus an authored extra list.
 * Pure: the build reads whatever public/data/**\/*.geojson exist and passes them in, so layers added later by other
 * build steps are covered the next time the font is rebuilt.
 */
import type { FeatureCollection } from 'geojson';

export const LABEL_KEYS = ['name_zh', 'name_en', 'short_zh', 'short_en', 'code'] as const;

export function labelStrings(collection: FeatureCollection): string[] {
  const out: string[] = [];
  for (const feature of collection.features) {
    for (const key of LABEL_KEYS) {
      const value = feature.properties?.[key];
      if (typeof value === 'string' && value !== '') out.push(value);
    }
  }
  return out;
}

/** Lines of font-extra.txt, without blank lines and # comments. */
export function extraStrings(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Unique code points (no controls), sorted, as one string; split into CJK-ish and Latin-ish sets. */
export function characterSets(strings: string[]): { all: string; latin: string; cjk: string } {
  const set = new Set<string>();
  for (const s of strings) for (const ch of s) if ((ch.codePointAt(0) ?? 0) >= 0x20) set.add(ch);
  set.add(' ');
  const all = [...set].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
  const isLatin = (ch: string) => (ch.codePointAt(0) ?? 0) < 0x2e80;
  return {
    all: all.join(''),
    latin: all.filter(isLatin).join(''),
    cjk: all.filter((ch) => !isLatin(ch)).join(''),
  };
}
