import { useEffect, useRef, useState } from 'react';
import { useText } from '../i18n/use-text';
import { copyFromField } from './copy';

export type CopyState = 'idle' | 'copied' | 'failed';

/** Copies a field and remembers the outcome long enough to announce it. */
export function useCopy() {
  const [status, setStatus] = useState<CopyState>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const copy = async (field: HTMLInputElement | HTMLTextAreaElement | null) => {
    if (!field) return;
    const copied = await copyFromField(field);
    setStatus(copied ? 'copied' : 'failed');
    window.clearTimeout(timer.current);
    // The confirmation clears after a while, so a second copy is announced again.
    if (copied) timer.current = window.setTimeout(() => setStatus('idle'), 5000);
  };
  return { status, copy };
}

/** A live region that is always in the page, so screen readers announce it when it fills. */
export function CopyStatus({ status, testId }: { status: CopyState; testId: string }) {
  const { t } = useText();
  return (
    <p className={`share-status ${status}`} aria-live="polite" data-testid={testId}>
      {status === 'copied' ? `✓ ${t('shareCopied')}` : status === 'failed' ? t('shareCopyFailed') : ''}
    </p>
  );
}
