import { useEffect, useRef, type ReactNode } from 'react';
import { useCapture, useCaptureText } from '../../db/abstracts/hooks';
import { Dialog } from '../../ui/Dialog';
import './capture-dialog.css';
import type { SourceRef } from '../../../shared/import/types';
import type { CaptureLayout } from '../../../shared/capture/types';

/** What the subtitle calls each kind of file. */
const LAYOUT_NAMES: Record<CaptureLayout, string> = {
  portal: 'portal page',
  blog: 'blog page',
  unknown: 'unknown page',
  bibtex: 'BibTeX file',
  ris: 'RIS file',
  'csl-json': 'CSL-JSON file',
  csv: 'CSV file',
};

/** The raw capture, as decoded, with this record's span marked and scrolled into view. */
export function CaptureDialog({ source, onClose }: { source: SourceRef; onClose: () => void }): ReactNode {
  const capture = useCapture(source.captureHash);
  const text = useCaptureText(source.captureHash);
  const mark = useRef<HTMLElement>(null);
  const loaded = capture !== undefined && capture !== null && typeof text === 'string';

  useEffect(() => {
    if (loaded) mark.current?.scrollIntoView({ block: 'center' });
  }, [loaded]);

  const title = capture?.fileName ?? 'Capture';
  return (
    <Dialog
      title={title}
      subtitle={
        capture ? `${capture.encoding} · ${LAYOUT_NAMES[capture.layout]} · ${capture.recordCount} records` : undefined
      }
      onClose={onClose}
      className="capture-dialog"
    >
      {capture === null && <p>This capture is no longer stored.</p>}
      {loaded && (
        <pre className="capture-text" tabIndex={0} aria-label="Capture text">
          {text.slice(0, source.start)}
          <mark ref={mark}>{text.slice(source.start, source.end)}</mark>
          {text.slice(source.end)}
        </pre>
      )}
    </Dialog>
  );
}
