import { useState, type ReactNode } from 'react';
import { usePrismaCounts } from '../../db/screening/prisma-input';
import { ExportDialog } from '../export';
import { PrismaDialog } from './PrismaDialog';
import { includedScopeChoice } from './included-scope';

type Open = 'none' | 'diagram' | 'export';

/** "PRISMA diagram" on the review page: opens the diagram, from which "Export included…" opens the Export dialog. */
export function PrismaButton({ reviewId }: { reviewId: number }): ReactNode {
  const [open, setOpen] = useState<Open>('none');
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen('diagram')}>
        PRISMA diagram
      </button>
      {open !== 'none' && <PrismaDialogs reviewId={reviewId} open={open} setOpen={setOpen} />}
    </>
  );
}

/** Mounted only while open, so the counts are read live only while someone looks at them. */
function PrismaDialogs({ reviewId, open, setOpen }: { reviewId: number; open: Exclude<Open, 'none'>; setOpen: (open: Open) => void }): ReactNode {
  const report = usePrismaCounts(reviewId);
  if (open === 'export' && report)
    return <ExportDialog choices={[includedScopeChoice(report.reviewName, report.includedIds)]} onClose={() => setOpen('diagram')} />;
  return <PrismaDialog report={report} onExportIncluded={() => setOpen('export')} onClose={() => setOpen('none')} />;
}
