import { useEffect, useState, type ReactNode } from 'react';
import type { ScanProgress } from '../../db/duplicates/scan';

/** A scan shorter than this shows no progress: it would only flash. */
const SHOW_AFTER_MS = 400;

function progressText({ phase, done, total }: ScanProgress): string {
  const counts = `${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`;
  return phase === 'reading' ? `Reading titles: ${counts} abstracts` : `Comparing titles: ${Math.floor((100 * done) / Math.max(total, 1))}%`;
}

/** "Looking for duplicates…" with a progress bar, once a scan has taken more than a moment. */
export function ScanProgressLine({ progress }: { progress: ScanProgress | null }): ReactNode {
  const running = progress !== null;
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!running) return undefined;
    const timer = window.setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => {
      window.clearTimeout(timer);
      setShown(false);
    };
  }, [running]);
  if (progress === null || !shown) return null;
  // Reading is the first half of the bar, comparing the second.
  const fraction = progress.total === 0 ? 0 : progress.done / progress.total;
  const value = progress.phase === 'reading' ? fraction / 2 : 0.5 + fraction / 2;
  return (
    <div className="duplicates-progress" role="status">
      <progress max={1} value={value} aria-label="Looking for duplicates" />
      <span>Looking for duplicates… {progressText(progress)}</span>
    </div>
  );
}
