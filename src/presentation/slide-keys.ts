/** What a key press does while presenting. Pure, so the mapping is tested without a browser. */
export type SlideAction = 'next' | 'previous' | 'first' | 'last' | 'exit' | 'fullscreen';

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/**
 * → / Space / PageDown (what presentation clickers send) go forward; ← / PageUp / Shift+Space go back; Home and End
 * jump; Esc leaves; F toggles full screen. Keys with Ctrl, Alt or ⌘ belong to the browser and are left alone.
 */
export function slideAction(input: KeyInput): SlideAction | null {
  if (input.ctrlKey || input.altKey || input.metaKey) return null;
  switch (input.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return input.shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
    case 'Esc':
      return 'exit';
    case 'f':
    case 'F':
      return 'fullscreen';
    default:
      return null;
  }
}

/** The slide an action leads to (clamped to the story), or null when it does not change the slide. */
export function targetSlide(action: SlideAction, current: number, count: number): number | null {
  const last = Math.max(0, count - 1);
  const next =
    action === 'next'
      ? Math.min(last, current + 1)
      : action === 'previous'
        ? Math.max(0, current - 1)
        : action === 'first'
          ? 0
          : action === 'last'
            ? last
            : null;
  return next === null || next === current ? null : next;
}
