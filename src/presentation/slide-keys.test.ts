import { describe, expect, it } from 'vitest';
import { slideAction, targetSlide } from './slide-keys';

describe('slideAction', () => {
  it('maps the presenter keys', () => {
    expect(slideAction({ key: 'ArrowRight' })).toBe('next');
    expect(slideAction({ key: ' ' })).toBe('next');
    expect(slideAction({ key: 'PageDown' })).toBe('next');
    expect(slideAction({ key: 'ArrowLeft' })).toBe('previous');
    expect(slideAction({ key: 'PageUp' })).toBe('previous');
    expect(slideAction({ key: ' ', shiftKey: true })).toBe('previous');
    expect(slideAction({ key: 'Home' })).toBe('first');
    expect(slideAction({ key: 'End' })).toBe('last');
    expect(slideAction({ key: 'Escape' })).toBe('exit');
    expect(slideAction({ key: 'f' })).toBe('fullscreen');
    expect(slideAction({ key: 'F', shiftKey: true })).toBe('fullscreen');
  });

  it('leaves browser shortcuts and other keys alone', () => {
    expect(slideAction({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(slideAction({ key: 'f', ctrlKey: true })).toBeNull();
    expect(slideAction({ key: 'f', metaKey: true })).toBeNull();
    expect(slideAction({ key: 'a' })).toBeNull();
    expect(slideAction({ key: 'Enter' })).toBeNull();
  });
});

describe('targetSlide', () => {
  it('steps and clamps within the story', () => {
    expect(targetSlide('next', 0, 3)).toBe(1);
    expect(targetSlide('next', 2, 3)).toBeNull();
    expect(targetSlide('previous', 0, 3)).toBeNull();
    expect(targetSlide('previous', 2, 3)).toBe(1);
    expect(targetSlide('first', 2, 3)).toBe(0);
    expect(targetSlide('last', 0, 3)).toBe(2);
    expect(targetSlide('exit', 1, 3)).toBeNull();
  });
});
