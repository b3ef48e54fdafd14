import { titleKeyOf } from '../../../shared/identity/title-key';
import { abstractTables, putAbstractRows } from './store';
import { getAbstract } from './records';
import { checkDetails } from './details-check';
import { refuseTakenKey, settleKey } from './key-edit';
import { db as appDb, type LecternDB } from '../schema/database';
import { sortTitleOf } from './rows';
import type { AbstractDetails, AbstractMetaPatch, AbstractRow } from '../schema/row-types';
import type { Reversible } from '../undo/reversible';

/**
 * Saves the user's edit of an abstract's details: only the fields given change. The abstract's row
 * and its keys row (identifiers, sort title, title key) are written in one transaction. A citation
 * key another abstract has is refused (nothing is saved); a blank one becomes the default key.
 * Resolves to its undo and redo, each one transaction that puts back the edited fields alone, so a
 * status, star or merge made in between is kept.
 */
export async function editAbstractDetails(id: number, patch: Partial<AbstractDetails>, database: LecternDB = appDb): Promise<Reversible> {
  const checked = checkDetails(patch);
  const { before, after } = await database.transaction('rw', abstractTables(database), async () => {
    const row = await presentRow(id, database);
    const settled = await settleKey(row, checked, database);
    const previous = pickDetails(row, settled);
    if (!sameDetails(previous, settled)) await putAbstractRows([withDetails(row, settled)], database);
    return { before: previous, after: settled };
  });
  const write = (details: Partial<AbstractDetails>) => () =>
    database.transaction('rw', abstractTables(database), async () => {
      // Another abstract may have taken the key since: the undo is refused rather than repeat it.
      await refuseTakenKey(details.citationKey, id, database);
      await putAbstractRows([withDetails(await presentRow(id, database), details)], database);
    });
  return sameDetails(before, after) ? { undo: noChange, redo: noChange } : { undo: write(before), redo: write(after) };
}

/** Gives an abstract its default citation key again (made unique); undoable like any edit. */
export function regenerateCitationKey(id: number, database: LecternDB = appDb): Promise<Reversible> {
  return editAbstractDetails(id, { citationKey: null }, database);
}

/** Saves the user's edit of an abstract's title, authors and year. */
export async function updateAbstractMeta(id: number, patch: AbstractMetaPatch, database: LecternDB = appDb): Promise<void> {
  await editAbstractDetails(id, patch, database);
}

const noChange = (): Promise<void> => Promise.resolve();

async function presentRow(id: number, database: LecternDB): Promise<AbstractRow> {
  const row = await getAbstract(id, database);
  if (row === undefined) throw new Error(`Abstract ${id} is not in the library.`);
  return row;
}

/** The row with `details` applied and the keys derived from them recomputed. */
function withDetails(row: AbstractRow, details: Partial<AbstractDetails>): AbstractRow {
  const edited = { ...row, ...details };
  return { ...edited, sortTitle: sortTitleOf(edited), titleKey: titleKeyOf(edited), updatedAt: Date.now() };
}

/** The row's values of the fields `like` names. */
function pickDetails(row: AbstractRow, like: Partial<AbstractDetails>): Partial<AbstractDetails> {
  const picked: Partial<AbstractDetails> = {};
  for (const key of Object.keys(like) as (keyof AbstractDetails)[]) Object.assign(picked, { [key]: row[key] });
  return picked;
}

function sameDetails(a: Partial<AbstractDetails>, b: Partial<AbstractDetails>): boolean {
  const keys = Object.keys(b) as (keyof AbstractDetails)[];
  return keys.every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}
