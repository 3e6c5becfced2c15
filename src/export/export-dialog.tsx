import './export-dialog.css';
import { useEffect, useId, useRef, useState } from 'react';
import type { StringKey } from '../i18n/strings';
import { useText } from '../i18n/use-text';
import { ModalDialog } from '../panels/modal-dialog';
import { atlasStore } from '../state/store';
import { defaultTitle } from './default-title';
import type { ExportStep } from './export-run';
import {
  type Dpi,
  type ExportFormat,
  exportFilename,
  type Orientation,
  type PaperName,
  pixelSize,
} from './paper';

const STEP_TEXT: Record<ExportStep, StringKey> = {
  map: 'exportStepMap',
  compose: 'exportStepCompose',
  encode: 'exportStepEncode',
};
const STEP_NUMBER: Record<ExportStep, number> = { map: 1, compose: 2, encode: 3 };

type RunState =
  | { kind: 'idle' }
  | { kind: 'running'; step: ExportStep }
  | { kind: 'done'; filename: string; description: string; milliseconds: number }
  | { kind: 'error'; message: string }
  | { kind: 'cancelled' };

interface Choice<T> {
  value: T;
  label: string;
}

function RadioGroup<T extends string | number>(props: {
  legend: string;
  name: string;
  value: T;
  choices: Choice<T>[];
  onChange: (value: T) => void;
  disabled?: boolean;
  className?: string;
}) {
  return (
    <fieldset className={props.className} disabled={props.disabled}>
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => (
        <label key={String(choice.value)}>
          <input
            type="radio"
            name={props.name}
            value={String(choice.value)}
            checked={props.value === choice.value}
            onChange={() => props.onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Export a print-grade figure (PNG / PDF) or the vector layers (SVG). The heavy code (off-screen map, layout,
 * encoders) is imported when Export is pressed, so opening the dialog stays light.
 */
export function ExportDialog() {
  const { t, language } = useText();
  const [format, setFormat] = useState<ExportFormat>('png');
  const [paper, setPaper] = useState<PaperName>('a4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [dpi, setDpi] = useState<Dpi>(300);
  const [title, setTitle] = useState(() => {
    const state = atlasStore.getState();
    return defaultTitle(state.selection, state.language);
  });
  const titleEdited = useRef(false);
  const [reviewNumber, setReviewNumber] = useState('');
  const [run, setRun] = useState<RunState>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const exportButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const titleField = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const reviewId = useId();
  const statusId = useId();
  const running = run.kind === 'running';

  // Exporting while presenting: the figure is the slide, so its title is the slide's (unless the user typed one).
  useEffect(() => {
    let live = true;
    void import('./slide-context').then(async ({ currentSlideContext }) => {
      const slide = await currentSlideContext(atlasStore.getState());
      if (live && slide?.title && !titleEdited.current) setTitle(slide.title);
    });
    return () => {
      live = false;
    };
  }, []);

  // Closing the dialog mid-export cancels it. Opening it starts loading the export code and the cited passages.
  useEffect(() => {
    void import('./export-run').then(
      (module) => module.prefetchSources(),
      () => {},
    );
    return () => abort.current?.abort();
  }, []);
  // Focus follows the action: to Cancel while running, back to Export when done (never lost to <body>).
  useEffect(() => {
    if (running) cancelButton.current?.focus();
    else if (document.activeElement === document.body || !document.activeElement)
      exportButton.current?.focus();
  }, [running]);

  const size = pixelSize({ paper, orientation, dpi });
  const paperLabel = `${paper.toUpperCase()} ${t(orientation === 'landscape' ? 'exportLandscape' : 'exportPortrait')}`;

  const start = async () => {
    if (running) return;
    if (!title.trim()) {
      setRun({ kind: 'error', message: t('exportTitleRequired') });
      titleField.current?.focus();
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setRun({ kind: 'running', step: 'map' });
    try {
      const { runExport, saveBlob } = await import('./export-run');
      const outcome = await runExport(
        { format, paper, orientation, dpi, title, reviewNumber },
        (step) => {
          if (!controller.signal.aborted) setRun({ kind: 'running', step });
        },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      saveBlob(outcome.blob, outcome.filename);
      setRun({
        kind: 'done',
        filename: outcome.filename,
        description: outcome.description,
        milliseconds: outcome.milliseconds,
      });
    } catch (error) {
      const failure = error as Error;
      if (failure.name === 'AbortError') setRun({ kind: 'cancelled' });
      else
        setRun({
          kind: 'error',
          // ExportError messages are already worded for the user; anything else is wrapped.
          message:
            failure.name === 'ExportError'
              ? failure.message
              : t('exportFailed', { message: failure.message }),
        });
    } finally {
      if (abort.current === controller) abort.current = null;
    }
  };

  const cancel = () => {
    abort.current?.abort();
    setRun({ kind: 'cancelled' });
  };

  const statusText =
    run.kind === 'running'
      ? t(STEP_TEXT[run.step])
      : run.kind === 'done'
        ? t('exportDone', { filename: run.filename, seconds: (run.milliseconds / 1000).toFixed(1) })
        : run.kind === 'error'
          ? run.message
          : run.kind === 'cancelled'
            ? t('exportCancelled')
            : '';

  return (
    <ModalDialog title={t('exportTitle')} className="export-dialog">
      <form
        className="export-form"
        data-export-state={run.kind}
        data-export-ms={run.kind === 'done' ? Math.round(run.milliseconds) : undefined}
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <div className="export-choices">
          <RadioGroup
            className="export-format"
            legend={t('exportFormat')}
            name="export-format"
            value={format}
            onChange={setFormat}
            disabled={running}
            choices={[
              { value: 'png', label: t('exportFormatPng') },
              { value: 'pdf', label: t('exportFormatPdf') },
              { value: 'svg', label: t('exportFormatSvg') },
            ]}
          />
          <RadioGroup
            legend={t('exportPaper')}
            name="export-paper"
            value={paper}
            onChange={setPaper}
            disabled={running}
            choices={[
              { value: 'a4', label: 'A4' },
              { value: 'a3', label: 'A3' },
            ]}
          />
          <RadioGroup
            legend={t('exportOrientation')}
            name="export-orientation"
            value={orientation}
            onChange={setOrientation}
            disabled={running}
            choices={[
              { value: 'landscape', label: t('exportLandscape') },
              { value: 'portrait', label: t('exportPortrait') },
            ]}
          />
          <RadioGroup
            legend={t('exportDpi')}
            name="export-dpi"
            value={dpi}
            onChange={setDpi}
            disabled={running || format === 'svg'}
            choices={[
              { value: 150, label: t('exportDpiValue', { dpi: 150 }) },
              { value: 300, label: t('exportDpiValue', { dpi: 300 }) },
            ]}
          />
        </div>
        <div className="export-field">
          <label htmlFor={titleId}>{t('exportFigureTitle')}</label>
          <input
            id={titleId}
            ref={titleField}
            data-testid="export-title"
            value={title}
            maxLength={80}
            required
            readOnly={running}
            onChange={(event) => {
              titleEdited.current = true;
              setTitle(event.target.value);
            }}
          />
        </div>
        <div className="export-field">
          <label htmlFor={reviewId}>{t('exportReviewNumber')}</label>
          <input
            id={reviewId}
            value={reviewNumber}
            maxLength={40}
            readOnly={running}
            onChange={(event) => setReviewNumber(event.target.value)}
          />
        </div>
        <p className="export-size" data-testid="export-size">
          {format === 'svg'
            ? t('exportSizeSvg', { paper: paperLabel })
            : t('exportSize', { width: size.width, height: size.height, paper: `${paperLabel}, ${dpi} dpi` })}
          {' · '}
          <span className="export-filename">
            {exportFilename({ paper, orientation, dpi }, format, new Date())}
          </span>
        </p>
        <div className="export-actions">
          <button
            ref={exportButton}
            type="submit"
            className="export-primary"
            data-testid="export-start"
            aria-disabled={running}
            aria-describedby={statusId}
          >
            {t('exportStart')}
          </button>
          {running && (
            <>
              <progress
                className="export-progress"
                max={3}
                value={STEP_NUMBER[run.step]}
                aria-label={t(STEP_TEXT[run.step])}
                aria-valuetext={t(STEP_TEXT[run.step])}
              />
              <button ref={cancelButton} type="button" onClick={cancel} data-testid="export-cancel">
                {t('exportCancel')}
              </button>
            </>
          )}
        </div>
        <p
          id={statusId}
          className={`export-status${run.kind === 'error' ? ' error' : ''}`}
          role={run.kind === 'error' ? 'alert' : 'status'}
          aria-live="polite"
          data-testid="export-status"
        >
          {statusText}
        </p>
        {run.kind === 'done' && (
          <>
            <h3 className="export-description-heading">{t('exportDescriptionHeading')}</h3>
            <p
              className="export-description"
              data-testid="export-description"
              lang={language === 'en' ? 'en' : 'zh-CN'}
            >
              {run.description}
            </p>
          </>
        )}
      </form>
    </ModalDialog>
  );
}
