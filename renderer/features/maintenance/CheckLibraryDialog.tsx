import { useState, type ReactNode } from 'react';
import { useLibraryCheck } from './use-library-check';
import { isConsistent, type LibraryCheckReport } from '../../db/maintenance/report';
import { Dialog } from '../../ui/Dialog';
import { rebuildSearchIndex, useIndexStatus } from '../search';
import { useUndoable } from '../undo';
import { indexLine, orphanLines } from './report-lines';
import { runRepair } from './run-repair';
import './maintenance.css';

export interface CheckLibraryDialogProps {
  /** Awaited before a repair (a snapshot of the library); when it throws, nothing is repaired. */
  beforeRepair?: () => Promise<void>;
  onClose: () => void;
}

function ReportView({ report, indexRebuilding }: { report: LibraryCheckReport; indexRebuilding: boolean }): ReactNode {
  const lines = orphanLines(report);
  const indexProblem = indexRebuilding ? null : indexLine(report.searchIndex);
  const problems = indexProblem === null ? lines : [...lines, indexProblem];
  return (
    <>
      {problems.length === 0 ? (
        <p className="check-library-verdict">Nothing to repair: the library is consistent.</p>
      ) : (
        <ul className="check-library-problems" aria-label="Found in the library">
          {problems.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {indexRebuilding && report.searchIndex !== 'ok' && <p className="check-library-note">The search index is being rebuilt in the background.</p>}
    </>
  );
}

/** "Check library": what a bug or a crash left behind, by kind, and one undoable repair. */
export function CheckLibraryDialog({ beforeRepair, onClose }: CheckLibraryDialogProps): ReactNode {
  const check = useLibraryCheck();
  const runUndoable = useUndoable();
  const indexStatus = useIndexStatus();
  const [repairing, setRepairing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [rebuildAsked, setRebuildAsked] = useState(false);
  // The worker rebuilds a stale index by itself while it loads; one being built is not a problem.
  const indexRebuilding = rebuildAsked || indexStatus.state !== 'ready';
  const report = check?.report ?? null;
  const needsRepair = report !== null && !isConsistent(report) && !(indexRebuilding && orphanLines(report).length === 0);

  const repair = async (): Promise<void> => {
    setRepairing(true);
    setError(null);
    const { indexDiscarded } = await runRepair({ beforeRepair, runUndoable, reportFailure: setError });
    if (indexDiscarded) {
      rebuildSearchIndex();
      setRebuildAsked(true);
    }
    setRepairing(false);
  };

  return (
    <Dialog title="Check library" subtitle="Finds what a bug or a crash left behind." onClose={onClose} className="check-library-dialog">
      <div className="check-library-body" aria-busy={check === undefined || repairing}>
        <div role="status" className="check-library-report">
          {check === undefined && <p className="check-library-note">Checking the library…</p>}
          {check !== undefined && check.error !== null && <p className="form-error">The check failed: {check.error}</p>}
          {report !== null && <ReportView report={report} indexRebuilding={indexRebuilding} />}
        </div>
        {error !== null && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <p className="check-library-note">
          {beforeRepair ? 'A repair first takes a snapshot of the library. ' : ''}Undo puts every removed row back.
        </p>
        <div className="form-dialog-buttons">
          <button type="button" className="button button-primary" disabled={!needsRepair || repairing} onClick={() => void repair()}>
            Repair
          </button>
        </div>
      </div>
    </Dialog>
  );
}
