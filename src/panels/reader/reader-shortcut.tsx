import { useEffect } from 'react';
import { atlasStore, setPanelOpen, setReaderMode } from '../../state/store';
import { requestSearchFocus } from './reader-focus';

// Kept apart from the reader itself so the app can mount it at start while the reader loads lazily.

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
