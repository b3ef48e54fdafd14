import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { checkLibrary } from '../../../../renderer/db/maintenance/check';
import { repairLibrary } from '../../../../renderer/db/maintenance/repair';
import type { Reversible } from '../../../../renderer/db/undo/reversible';
import { runRepair } from '../../../../renderer/features/maintenance/run-repair';
import { consistentLibrary } from '../db/maintenance/maintenance-fixtures';

async function libraryWithOrphans() {
  const { database, tagId } = await consistentLibrary();
  await database.abstractTags.bulkAdd([{ abstractId: 9_999, tagId }, { abstractId: 9_998, tagId }]);
  return database;
}

describe('runRepair (the dialog\'s Repair)', () => {
  it('takes the snapshot first, then records the repair as one undoable step', async () => {
    const database = await libraryWithOrphans();
    const steps: string[] = [];
    const recorded: Reversible[] = [];
    await runRepair({
      beforeRepair: async () => {
        steps.push(`snapshot with ${(await checkLibrary(database)).orphans.tagAssignmentsWithoutAbstract} orphans`);
      },
      runUndoable: async (label, action) => {
        steps.push(label);
        recorded.push(await action());
        return true;
      },
      reportFailure: (message) => steps.push(message),
      repair: () => repairLibrary(database),
    });
    expect(steps).toEqual(['snapshot with 2 orphans', 'Repaired the library']);
    expect((await checkLibrary(database)).orphans.tagAssignmentsWithoutAbstract).toBe(0);
    await recorded[0]?.undo();
    expect((await checkLibrary(database)).orphans.tagAssignmentsWithoutAbstract).toBe(2);
  });

  it('repairs nothing and shows why when the snapshot fails', async () => {
    const database = await libraryWithOrphans();
    const failures: string[] = [];
    let recorded = 0;
    await runRepair({
      beforeRepair: () => Promise.reject(new Error('The disk is full.')),
      runUndoable: () => {
        recorded++;
        return Promise.resolve(true);
      },
      reportFailure: (message) => failures.push(message),
      repair: () => repairLibrary(database),
    });
    expect(failures).toEqual(['Nothing was repaired: the snapshot before the repair failed. The disk is full.']);
    expect(recorded).toBe(0);
    expect((await checkLibrary(database)).orphans.tagAssignmentsWithoutAbstract).toBe(2);
  });
});
