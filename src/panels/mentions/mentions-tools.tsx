import '../../mentions.css';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { featuresOf } from '../../data/feature-index';
import { useText } from '../../i18n/use-text';
import { setDrawing, setPage, showArea, useAtlas } from '../../state/store';
import { AreaOutlineSync, AreaPassages } from './area-passages';
import { CoveragePage } from './coverage-page';
import { DrawArea } from './draw-area';
import { PlanColouringControls, PlanTintSync } from './plan-colouring';
import { PlanLegend } from './plan-legend';
import { useLinksData } from './use-links-data';

/**
 * The plan ↔ map tools, mounted once in the header: a button that opens the tools (status by plan, changed
 * between plans, area → passages, coverage), plus the views they open. Links load when the tools first open.
 */
export function MentionsTools() {
  const { t } = useText();
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('select, button')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <>
      <button
        type="button"
        ref={button}
        className="mentions-tools-button"
        aria-expanded={open}
        aria-controls="mentions-tools"
        aria-label={t('toolsButtonLabel')}
        title={t('toolsButtonLabel')}
        onClick={() => setOpen(!open)}
      >
        {/* Page-and-pin icon: the only thing shown on phones, where the header has no room for words. */}
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" className="tools-icon">
          <path d="M3 2h9l4 4v12H3z" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M6 8h7M6 11h4" stroke="currentColor" strokeWidth="1.4" />
          <circle cx="13" cy="14" r="2.2" fill="#b3261e" />
        </svg>
        <span className="tools-label">{t('toolsButton')}</span>
      </button>
      {open && (
        <section id="mentions-tools" className="mentions-tools" ref={panel} aria-label={t('toolsHeading')}>
          <ToolsPanel onClose={() => setOpen(false)} />
        </section>
      )}
      <PlanTintSync />
      <AreaOutlineSync />
      {/* Views that cover the map live outside the header landmark. */}
      {createPortal(
        <>
          <DrawArea />
          <PlanLegend />
          <AreaPassages />
          <CoveragePage />
        </>,
        document.body,
      )}
    </>
  );
}

function ToolsPanel({ onClose }: { onClose: () => void }) {
  const { t } = useText();
  const { data, error } = useLinksData();
  return (
    <>
      <h2>{t('toolsHeading')}</h2>
      {error && <p className="warning">{t('mentionsError', { message: error })}</p>}
      {!data && !error && <p className="hint">{t('mentionsLoading')}</p>}
      {data && <PlanColouringControls data={data} />}
      <AreaPicker onClose={onClose} />
      <fieldset className="tools-group">
        <legend>{t('coverageHeading')}</legend>
        <button
          type="button"
          className="text-button"
          onClick={() => {
            setPage('coverage');
            onClose();
          }}
        >
          {t('coverageButton')}
        </button>
      </fieldset>
    </>
  );
}

/** Keyboard route to area → passages: choose a zone or prefecture; or draw a polygon on the map. */
function AreaPicker({ onClose }: { onClose: () => void }) {
  const { t, language } = useText();
  const area = useAtlas((state) => state.area);
  useAtlas((state) => state.loadStates);
  const choices = [...featuresOf('zones'), ...featuresOf('prefectures')];
  const label = (properties: Record<string, unknown>) =>
    String(properties[language === 'en' ? 'name_en' : 'name_zh'] ?? properties.name_zh ?? '');
  return (
    <fieldset className="tools-group">
      <legend>{t('areaAsk')}</legend>
      <label>
        {t('areaPickLabel')}
        <select
          value={choices.some((c) => c.id === area) ? (area ?? '') : ''}
          onChange={(event) => {
            showArea(event.target.value || null);
            // The passages open beside the map; the tools would cover it.
            if (event.target.value) onClose();
          }}
          data-testid="area-select"
        >
          <option value="">{t('areaPickNone')}</option>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {label(choice.properties)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="text-button"
        onClick={() => {
          setDrawing(true);
          onClose();
        }}
      >
        {t('drawArea')}
      </button>
    </fieldset>
  );
}
