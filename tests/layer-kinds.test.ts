import { describe, expect, it } from 'vitest';
import { LAYER_KINDS } from '../geo/layers/records';
import { layerById } from '../src/layers';

/**
 * The geo build accepts a closed set of kinds per layer; the app's category tables paint and explain them.
 * A kind the build accepts but the app does not style would be drawn in the fallback grey with no legend row.
 */
describe('layer kinds: data and styles agree', () => {
  for (const [layerId, kinds] of Object.entries(LAYER_KINDS)) {
    const categories = layerById(layerId)?.categories;
    if (!categories) continue;
    it(`${layerId}: every kind the build accepts has a category (colour and legend)`, () => {
      const styled = categories.map((category) => category.value);
      for (const kind of kinds) expect(styled, kind).toContain(kind);
    });
  }

  it('covers every app layer that has a category table', () => {
    for (const layerId of [
      'railways',
      'expressways',
      'airports',
      'waterways',
      'ports',
      'ecology',
      'places',
      'axes',
      'metro-circle',
    ]) {
      expect(layerById(layerId)?.categories, layerId).toBeDefined();
      expect(LAYER_KINDS[layerId], layerId).toBeDefined();
    }
  });
});
