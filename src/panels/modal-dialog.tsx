import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useText } from '../i18n/use-text';
import { closeDialog } from '../state/store';

interface ModalDialogProps {
  title: string;
  children: ReactNode;
  /** Called when the dialog closes (Esc, the close button, or a click on the backdrop); defaults to closeDialog. */
  onClose?: () => void;
  className?: string;
}

/**
 * The one modal used by share, export and briefings. A native <dialog> opened with showModal(): the browser makes
 * the rest of the page inert (focus cannot leave), Esc closes it, and focus returns to the button that opened it.
 */
export function ModalDialog({ title, children, onClose = closeDialog, className }: ModalDialogProps) {
  const { t } = useText();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    opener.current = document.activeElement;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      // The opener may have re-rendered; fall back to the map region rather than losing focus to <body>.
      const target =
        opener.current instanceof HTMLElement && opener.current.isConnected ? opener.current : null;
      (target ?? document.getElementById('map-region'))?.focus();
    };
  }, []);

  return (
    // Esc is handled by the native cancel event below; the click handler only catches backdrop clicks.
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard users close with Esc or the close button
    <dialog
      ref={ref}
      className={`modal-dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> element itself.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="modal-body">
        <header className="modal-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="icon-button" aria-label={t('dismiss')} onClick={onClose}>
            ×
          </button>
        </header>
        {children}
      </div>
    </dialog>
  );
}
