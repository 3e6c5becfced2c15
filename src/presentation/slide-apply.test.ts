import { describe, expect, it } from 'vitest';
import { initialState } from '../state/store';
import { slideStoreUpdate } from './slide-apply';
import type { StorySlide } from './story-schema';

const slide: StorySlide = {
  id: 'a',
  title: { zh: '甲', en: 'A' },
  caption: { zh: '说明', en: 'Caption' },
  view: { center: [104, 30.6], zoom: 7, bearing: 0 },
  layers: ['zones', 'axes'],
  highlight: ['zone-x'],
  passages: ['sc15/p1'],
};

describe('slideStoreUpdate', () => {
  it('sets slide, layers, camera and clears the selection in one update', () => {
    const state = { ...initialState(), story: 'five-zones', selection: 'railway-x' };
    const update = slideStoreUpdate(state, 2, slide);
    expect(update).toEqual({
      slide: 2,
      visibleLayers: ['zones', 'axes'],
      selection: null,
      view: slide.view,
      // The camera is flown by moveCameraTo after the slide renders, not by the map's own transition.
      viewTransition: 'none',
    });
  });

  it('is empty when the store already shows the slide (back/forward, re-render)', () => {
    const state = {
      ...initialState(),
      story: 'five-zones',
      slide: 2,
      visibleLayers: ['axes', 'zones'],
      view: slide.view,
    };
    expect(slideStoreUpdate(state, 2, slide)).toEqual({});
  });
});
