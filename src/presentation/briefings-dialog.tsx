import { saveText } from '../data/save-file';
import './presentation.css';
import { useEffect, useId, useRef, useState } from 'react';
import { useText } from '../i18n/use-text';
import { LAYER_IDS } from '../layers';
import { ModalDialog } from '../panels/modal-dialog';
import { presentStory } from '../state/store';
import { addMapSlide, loadCuratedStories, myBriefingOrEmpty, saveMyBriefing } from './briefing-actions';
import {
  briefingExport,
  MY_BRIEFING_ID,
  moveSlide,
  parseBriefingImport,
  pickText,
  removeSlide,
  updateSlide,
} from './briefing-storage';
import type { Story } from './story-schema';

type Status = { text: string; error: boolean } | null;

/**
 * Presentations: the curated stories, and the user's own briefing — add the current map, edit titles and captions,
 * reorder, delete, export and import JSON, present. Saved in localStorage as it changes.
 */
export function BriefingsDialog() {
  const { t, pick, language } = useText();
  const [curated, setCurated] = useState<Story[] | null>(null);
  const [curatedError, setCuratedError] = useState<string | null>(null);
  // A damaged stored briefing is reported once (a notice) and replaced by an empty one only when the user edits.
  const [mine, setMine] = useState<Story>(() => myBriefingOrEmpty(true));
  const [status, setStatus] = useState<Status>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const titleId = useId();

  useEffect(() => {
    let live = true;
    loadCuratedStories().then(
      (stories) => live && setCurated(stories),
      (error: Error) => live && setCuratedError(error.message),
    );
    return () => {
      live = false;
    };
  }, []);

  // After a move, keep focus on the same button of the moved slide, so a keyboard user can keep moving it.
  useEffect(() => {
    if (!focusTarget) return;
    list.current?.querySelector<HTMLElement>(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const commit = (next: Story) => {
    if (saveMyBriefing(next)) setMine(next);
  };

  const addView = () => {
    const added = addMapSlide(mine);
    if (!added) return;
    setMine(added.story);
    setStatus({
      text: t('briefingsAdded', { n: added.story.slides.length, title: pick(added.slide.title) }),
      error: false,
    });
  };

  const move = (index: number, delta: -1 | 1) => {
    const slide = mine.slides[index];
    const target = index + delta;
    if (!slide || target < 0 || target >= mine.slides.length) return;
    commit(moveSlide(mine, index, delta));
    setStatus({ text: t('briefingsMoved', { from: index + 1, to: target + 1 }), error: false });
    // At the ends the button the user pressed is disabled: focus the other direction's button instead.
    const atEnd = target === 0 || target === mine.slides.length - 1;
    const button = atEnd ? (delta < 0 ? 'move-down' : 'move-up') : delta < 0 ? 'move-up' : 'move-down';
    setFocusTarget(`[data-slide="${slide.id}"] .${button}`);
  };

  const remove = (index: number) => {
    commit(removeSlide(mine, index));
    setStatus({ text: t('briefingsDeleted', { n: index + 1 }), error: false });
    setFocusTarget(`.briefing-slide:nth-child(${Math.min(index + 1, mine.slides.length - 1)}) .delete`);
  };

  const exportJson = () => {
    saveText('sichuan-atlas-briefing.json', briefingExport(mine), 'application/json');
  };

  const importJson = async (file: File) => {
    const result = parseBriefingImport(await file.text(), LAYER_IDS);
    if ('error' in result) {
      setStatus({
        text: t('briefingsImportFailed', { file: file.name, message: result.error }),
        error: true,
      });
      return;
    }
    if (saveMyBriefing(result.story)) {
      setMine(result.story);
      setStatus({
        text: t('briefingsImported', { title: pick(result.story.title), n: result.story.slides.length }),
        error: false,
      });
    }
  };

  const editTitle = (value: string) => commit({ ...mine, title: { ...mine.title, [language]: value } });

  return (
    <ModalDialog title={t('briefingsTitle')} className="briefings-dialog">
      <h3>{t('briefingsCurated')}</h3>
      {curatedError && <p role="alert">{t('presentLoadFailed', { message: curatedError })}</p>}
      {!curated && !curatedError && <p>{t('briefingsLoading')}</p>}
      {curated && (
        <ul className="briefings-list" data-testid="curated-stories">
          {curated.map((story) => (
            <li key={story.id}>
              <span className="briefing-name">
                {pick(story.title)}
                <small>{t('briefingsSlides', { n: story.slides.length })}</small>
              </span>
              <button
                type="button"
                className="text-button"
                onClick={() => presentStory(story.id)}
                aria-label={t('briefingsPresentStory', { title: pick(story.title) })}
                data-story={story.id}
              >
                {t('briefingsPresent')}
              </button>
            </li>
          ))}
        </ul>
      )}

      <h3 id={titleId}>{t('briefingsMine')}</h3>
      <label className="briefing-title-field">
        <span>{t('briefingsMineTitle')}</span>
        <input
          type="text"
          value={pickText(mine.title, language)}
          onChange={(event) => editTitle(event.target.value)}
          maxLength={200}
        />
      </label>
      <div className="briefing-toolbar" role="toolbar" aria-labelledby={titleId}>
        <button type="button" className="text-button" onClick={addView} data-testid="briefing-add-view">
          {t('briefingsAddView')}
        </button>
        <button
          type="button"
          className="text-button"
          onClick={() => presentStory(MY_BRIEFING_ID)}
          disabled={mine.slides.length === 0}
          data-testid="briefing-present"
        >
          {t('briefingsPresentMine')}
        </button>
        <button
          type="button"
          className="text-button"
          onClick={exportJson}
          disabled={mine.slides.length === 0}
        >
          {t('briefingsExport')}
        </button>
        <button type="button" className="text-button" onClick={() => fileInput.current?.click()}>
          {t('briefingsImport')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="briefing-import"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importJson(file);
          }}
        />
      </div>
      <p
        className={`briefing-status${status?.error ? ' is-error' : ''}`}
        role={status?.error ? 'alert' : 'status'}
        data-testid="briefing-status"
      >
        {status?.text}
      </p>
      {mine.slides.length === 0 ? (
        <p>{t('briefingsEmpty')}</p>
      ) : (
        <ol className="briefing-slides" ref={list} data-testid="briefing-slides">
          {mine.slides.map((slide, index) => (
            <li key={slide.id} className="briefing-slide" data-slide={slide.id}>
              <span className="briefing-slide-number">{index + 1}</span>
              <div className="briefing-slide-fields">
                <input
                  type="text"
                  aria-label={t('briefingsSlideTitle', { n: index + 1 })}
                  value={pickText(slide.title, language)}
                  maxLength={200}
                  onChange={(event) =>
                    commit(
                      updateSlide(mine, index, {
                        title: { ...slide.title, [language]: event.target.value },
                      }),
                    )
                  }
                />
                <textarea
                  rows={2}
                  aria-label={t('briefingsSlideCaption', { n: index + 1 })}
                  value={pickText(slide.caption, language)}
                  maxLength={600}
                  onChange={(event) =>
                    commit(
                      updateSlide(mine, index, {
                        caption: { ...slide.caption, [language]: event.target.value },
                      }),
                    )
                  }
                />
                {slide.passages.length > 0 && <small>{slide.passages.join(' · ')}</small>}
              </div>
              <div className="briefing-slide-actions">
                <button
                  type="button"
                  className="icon-button move-up"
                  onClick={() => move(index, -1)}
                  disabled={index === 0}
                  aria-label={t('briefingsMoveUp', { n: index + 1 })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button move-down"
                  onClick={() => move(index, 1)}
                  disabled={index === mine.slides.length - 1}
                  aria-label={t('briefingsMoveDown', { n: index + 1 })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button delete"
                  onClick={() => remove(index)}
                  aria-label={t('briefingsDelete', { n: index + 1 })}
                >
                  ×
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </ModalDialog>
  );
}
