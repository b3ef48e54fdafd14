import { useId, useMemo, useState, type ReactNode } from 'react';
import { prismaSvg } from '../../../shared/screening/prisma/svg';
import type { PrismaReport } from '../../db/screening/prisma-input';
import { getHost } from '../../host';
import { Dialog } from '../../ui/Dialog';
import { PrismaCountsTable } from './PrismaCountsTable';
import { prismaFile, type PrismaFileKind } from './prisma-files';
import './prisma.css';

interface PrismaDialogProps {
  /** null when the review is gone; undefined while the counts load. */
  report: PrismaReport | null | undefined;
  onExportIncluded: () => void;
  onClose: () => void;
}

type Status = { kind: 'idle' } | { kind: 'saved'; name: string } | { kind: 'failed'; message: string };

/** "PRISMA diagram": the live flow diagram, its counts as a table, and the SVG, CSV and included-studies exports. */
export function PrismaDialog({ report, onExportIncluded, onClose }: PrismaDialogProps): ReactNode {
  const tableId = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // A data: URL, as the app's Content-Security-Policy allows for images (blob: it does not); an <img> runs no script in it.
  const url = useMemo(() => (report ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(prismaSvg(report.counts, report.reviewName))}` : null), [report]);

  const save = (kind: PrismaFileKind): void => {
    if (!report) return;
    const file = prismaFile(report, kind);
    getHost()
      .saveExportFile(file)
      .then(
        (saved) => setStatus(saved ? { kind: 'saved', name: file.name } : { kind: 'idle' }),
        (error: unknown) => setStatus({ kind: 'failed', message: `The file was not saved: ${error instanceof Error ? error.message : String(error)}` }),
      );
  };

  return (
    <Dialog title="PRISMA diagram" subtitle={report?.reviewName} onClose={onClose} className="prisma-dialog">
      {/* The diagram and counts scroll on a small window; tabbable so the keyboard can scroll them too. */}
      <section className="prisma-body" tabIndex={0} aria-label="Diagram and counts">
        {report === undefined && <p className="prisma-note">Counting…</p>}
        {report === null && <p className="prisma-note">This review no longer exists.</p>}
        {report && (
          <>
            <div className="prisma-figure">
              {url && <img src={url} alt={`PRISMA 2020 flow diagram of ${report.reviewName}; its counts are in the table beside it.`} aria-describedby={tableId} />}
            </div>
            <div id={tableId} className="prisma-side">
              <PrismaCountsTable counts={report.counts} />
              <p className="prisma-note">
                Maybe and undecided records wait in “awaiting”, outside the screened counts. Every report sought is counted as retrieved: Lectern cannot know
                which full texts you could not obtain.
              </p>
            </div>
          </>
        )}
      </section>
      <div className="prisma-actions">
        {status.kind === 'failed' ? (
          <p className="form-error" role="alert">
            {status.message}
          </p>
        ) : (
          <p className="prisma-status" role="status">
            {status.kind === 'saved' ? `Saved ${status.name}` : ''}
          </p>
        )}
        <button type="button" className="button" disabled={!report} onClick={() => save('svg')}>
          Download SVG
        </button>
        <button type="button" className="button" disabled={!report} onClick={() => save('csv')}>
          Download CSV
        </button>
        <button type="button" className="button button-primary" disabled={!report} onClick={onExportIncluded}>
          Export included…
        </button>
      </div>
    </Dialog>
  );
}
