import { useEffect, useState, type ReactNode } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

const SAID: Record<CopyState, string> = { idle: '', copied: 'Copied', failed: 'Could not copy' };
const SAID_FOR_MS = 1_500;

/** Copies a citation key to the clipboard, and says for a moment whether it did. */
export function CopyCitationKey({ citationKey }: { citationKey: string }): ReactNode {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), SAID_FOR_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(citationKey);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <>
      <button type="button" className="button button-small details-copy" aria-label="Copy citation key" onClick={() => void copy()}>
        Copy
      </button>
      <span className="details-copy-said" aria-live="polite">
        {SAID[state]}
      </span>
    </>
  );
}
