import { repairLibrary } from '../../db/maintenance/repair';
import type { Reversible } from '../../db/undo/reversible';

export interface RepairSteps {
  /** Awaited first (the snapshot); when it throws, nothing is repaired. */
  beforeRepair?: () => Promise<void>;
  /** Records the repair as one undoable step (the app's useUndoable). */
  runUndoable: (label: string, action: () => Promise<Reversible>, reportFailure: (message: string) => void) => Promise<boolean>;
  reportFailure: (message: string) => void;
  repair?: typeof repairLibrary;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Takes the snapshot, then repairs as one undoable step. Resolves whether the saved search index was
 * discarded, so the caller asks the search worker to rebuild it.
 */
export async function runRepair({ beforeRepair, runUndoable, reportFailure, repair = repairLibrary }: RepairSteps): Promise<{ indexDiscarded: boolean }> {
  try {
    await beforeRepair?.();
  } catch (failure) {
    reportFailure(`Nothing was repaired: the snapshot before the repair failed. ${messageOf(failure)}`);
    return { indexDiscarded: false };
  }
  let indexDiscarded = false;
  await runUndoable(
    'Repaired the library',
    async () => {
      const { report, change } = await repair();
      indexDiscarded = report.searchIndex !== 'ok';
      return change;
    },
    reportFailure,
  );
  return { indexDiscarded };
}
