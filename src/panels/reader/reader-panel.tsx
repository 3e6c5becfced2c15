import { useEffect } from 'react';
import { useText } from '../../i18n/use-text';
import { atlasStore, setPanelOpen, setReaderMode } from '../../state/store';
import { Notices } from '../status-panels';
import { requestSearchFocus } from './reader-focus';
import { ReaderView } from './reader-view';

/** The reader in the side panel's "规划文本 / Plans" tab. */
export function ReaderPanel() {
  return <ReaderView layout="panel" />;
}

/**
 * Full-page reading in place of the map. The map's notice overlay is hidden with the map, so notices (such as a
 * link to a passage that does not exist) are shown here.
 */
export function ReaderPage() {
  const { t } = useText();
  return (
    <section className="reader-page" aria-label={t('tabPlans')}>
      <div className="reader-page-notices">
        <Notices />
      </div>
      <ReaderView layout="page" />
    </section>
  );
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * "/" focuses plan search from anywhere except while typing, opening the reader first when it is closed. Mounted
 * once by the app so it works before the reader was ever opened.
 */
export function ReaderShortcut() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target))
        return;
      event.preventDefault();
      const { readerMode, panelOpen } = atlasStore.getState();
      if (readerMode === 'closed') setReaderMode('panel');
      if (readerMode !== 'full' && !panelOpen) setPanelOpen(true);
      requestSearchFocus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return null;
}
