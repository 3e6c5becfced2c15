import './presentation.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { translate } from '../i18n/strings';
import { useText } from '../i18n/use-text';
import { activeAdapter, setPresentationOverlay } from '../map/map-commands';
import { addNotice, atlasStore, openDialog, setSlide, stopPresenting, useAtlas } from '../state/store';
import { resolveStory } from './briefing-actions';
import { MY_BRIEFING_ID, pickText } from './briefing-storage';
import {
  drawSlideOverlay,
  exitPresentation,
  goToSlide,
  moveCameraTo,
  type PriorState,
  snapshot,
} from './slide-apply';
import { SlideFooter } from './slide-footer';
import { slideAction, targetSlide } from './slide-keys';
import { SlideLegend } from './slide-legend';
import type { Story } from './story-schema';

type Loaded = { id: string; story: Story } | null;

/**
 * Full-screen presentation over the live map (rendered by app.tsx while store.story is set). The map stays the
 * real map: each slide sets its camera, layers and highlights; the text, legend and sources sit on top in type
 * large enough for the back of a room. Keyboard: → Space PageDown, ← PageUp Shift+Space, Home, End, F, Esc.
 */
export function PresentationView() {
  const { t, language } = useText();
  const storyId = useAtlas((state) => state.story);
  const slideIndex = useAtlas((state) => state.slide);
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [message, setMessage] = useState<string | null>(null);
  // What the user had before presenting: taken once, before the first slide changes anything.
  const prior = useRef<PriorState>(snapshot(atlasStore.getState()));
  const root = useRef<HTMLDivElement>(null);
  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null);

  // Resolve the story; an unknown id gets a notice and the normal map.
  useEffect(() => {
    if (!storyId) return;
    let live = true;
    resolveStory(storyId).then(
      (story) => {
        if (!live) return;
        if (story) setLoaded({ id: storyId, story });
        else {
          const language = atlasStore.getState().language;
          addNotice(
            storyId === MY_BRIEFING_ID
              ? translate(language, 'presentNoBriefing')
              : translate(language, 'presentUnknownStory', { id: storyId }),
          );
          stopPresenting();
        }
      },
      (error: Error) => {
        if (!live) return;
        addNotice(translate(atlasStore.getState().language, 'presentLoadFailed', { message: error.message }));
        stopPresenting();
      },
    );
    return () => {
      live = false;
    };
  }, [storyId]);

  const story = loaded && loaded.id === storyId ? loaded.story : null;
  const count = story?.slides.length ?? 0;
  const index = Math.min(slideIndex, Math.max(0, count - 1));
  const slide = story?.slides[index] ?? null;

  // A slide number past the end (an edited briefing, a hand-written link) shows the last slide.
  useEffect(() => {
    if (story && slideIndex > count - 1) setSlide(count - 1);
  }, [story, slideIndex, count]);

  // Put the slide on the map: layers and camera (one store update), then highlights and flows.
  useEffect(() => {
    if (!slide) return;
    let current = true;
    goToSlide(index, slide);
    moveCameraTo(slide.view);
    void drawSlideOverlay(
      slide,
      () => current,
      (error) =>
        addNotice(
          translate(atlasStore.getState().language, 'presentOverlayFailed', { message: error.message }),
        ),
    );
    return () => {
      current = false;
    };
  }, [slide, index]);

  // Leaving presentation mode (Esc, the button, or back past its start) takes the overlay off the map.
  useEffect(
    () => () => {
      activeAdapter()?.map.setPadding({ top: 0, bottom: 0, left: 0, right: 0 });
      void setPresentationOverlay(null);
      delete document.documentElement.dataset.slideReady;
    },
    [],
  );

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    exitPresentation(prior.current);
    // The presentation (and the focus in it) goes away: keep the keyboard on the map, not on <body>.
    document.getElementById('map-region')?.focus({ preventScroll: true });
  }, []);

  const toggleFullscreen = useCallback(() => {
    const language = atlasStore.getState().language;
    const refused = (error: unknown) =>
      setMessage(
        translate(language, 'presentFullscreenRefused', {
          message: error instanceof Error ? error.message : String(error),
        }),
      );
    try {
      if (document.fullscreenElement) void document.exitFullscreen().catch(refused);
      else if (!document.documentElement.requestFullscreen) refused(new Error('not supported'));
      else void document.documentElement.requestFullscreen().catch(refused);
    } catch (error) {
      refused(error);
    }
  }, []);

  const step = useCallback(
    (action: 'next' | 'previous' | 'first' | 'last') => {
      const target = targetSlide(action, index, count);
      if (target !== null && story?.slides[target]) goToSlide(target, story.slides[target]);
    },
    [index, count, story],
  );

  // Keys while presenting, unless the user is typing in a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      const action = slideAction(event);
      if (!action) return;
      // Space and the arrows would otherwise scroll or press the focused button a second time.
      event.preventDefault();
      event.stopPropagation();
      if (action === 'exit') exit();
      else if (action === 'fullscreen') toggleFullscreen();
      else step(action);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [exit, toggleFullscreen, step]);

  // Focus the presentation so keys and screen readers start here, not on the header button that opened it.
  useEffect(() => {
    if (story) root.current?.focus({ preventScroll: true });
  }, [story]);

  if (!story || !slide) {
    return (
      <div className="presentation presentation-loading" role="status">
        <p>{t('presentLoading')}</p>
      </div>
    );
  }

  const title = pickText(slide.title, language);
  const caption = pickText(slide.caption, language);
  const storyTitle = pickText(story.title, language);
  return (
    <section
      ref={root}
      className="presentation"
      aria-label={t('presentRegion', { title: storyTitle })}
      tabIndex={-1}
      data-testid="presentation"
      data-slide={slide.id}
    >
      <div className="presentation-card">
        <p className="presentation-story">{storyTitle}</p>
        <h2 className="presentation-title" data-testid="slide-title">
          {title}
        </h2>
        {caption && <p className="presentation-caption">{caption}</p>}
      </div>
      <SlideLegend slide={slide} />
      <SlideFooter slide={slide} />
      <nav className="presentation-controls" aria-label={t('presentSlideOf', { n: index + 1, total: count })}>
        <button
          type="button"
          onClick={() => step('previous')}
          disabled={index === 0}
          aria-label={t('presentPrevious')}
        >
          ‹
        </button>
        <span className="presentation-number" data-testid="slide-number">
          {t('presentSlideNumber', { n: index + 1, total: count })}
        </span>
        <button
          type="button"
          onClick={() => step('next')}
          disabled={index >= count - 1}
          aria-label={t('presentNext')}
        >
          ›
        </button>
        <button type="button" onClick={toggleFullscreen} aria-pressed={fullscreen}>
          {t(fullscreen ? 'presentExitFullscreen' : 'presentFullscreen')}
        </button>
        <button
          type="button"
          aria-haspopup="dialog"
          onClick={() => openDialog('export')}
          data-testid="export-slide"
        >
          {t('presentExportSlide')}
        </button>
        <button type="button" onClick={exit} data-testid="presentation-exit">
          {t('presentExit')}
        </button>
        <span className="presentation-hint">{t('presentKeysHint')}</span>
      </nav>
      {message && (
        <p className="presentation-message" role="alert">
          {message}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="slide-announcement">
        {t('presentAnnounce', { n: index + 1, total: count, title, caption })}
      </p>
    </section>
  );
}
