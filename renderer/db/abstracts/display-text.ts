import { fingerprint, prefixKey } from '../../../shared/identity';
import { deriveDisplay } from '../../../shared/text/display';
import type { WordTest } from '../../../shared/text/types';
import { db as appDb, type LecternDB } from '../schema/database';
import type { AbstractRow } from '../schema/row-types';
import { lastUpdateTime } from './keys';
import { getAbstract } from './records';
import { abstractTables, putAbstractRows } from './store';
import { annotationsTableOf, reanchorAbstracts } from '../annotations/reanchor';
import { sortTitleOf } from './rows';
import { markUserTextEdit } from '../sync/capture-middleware';

/** Without a dictionary no split word is rejoined; the display keeps the stored words as they are. */
const NO_DICTIONARY: WordTest = () => false;

/** What an abstract's stored text determines: its display form (split words rejoined by `isWord`) and identity keys. */
export function fieldsOfStoredText(text: string, isWord: WordTest): Pick<AbstractRow, 'display' | 'fingerprint' | 'prefixKey'> {
  return { display: deriveDisplay(text, isWord), fingerprint: fingerprint(text), prefixKey: prefixKey(text) };
}

/**
 * Saves the user's edit of an abstract's stored text (a typo, a split word fixed by hand): its display
 * form, identity keys and sort title are derived again, and its annotations re-anchored, in one transaction.
 * `isWord` is the dictionary the display form's split-word repair consults (createWordTest()).
 */
export async function updateAbstractText(
  abstractId: number,
  newStoredText: string,
  isWord: WordTest = NO_DICTIONARY,
  database: LecternDB = appDb,
): Promise<void> {
  if (newStoredText.trim() === '') throw new Error('An abstract’s text cannot be empty.');
  const annotations = annotationsTableOf(database);
  const scope = [...abstractTables(database), ...(annotations === null ? [] : [annotations])];
  await database.transaction('rw', scope, async (transaction) => {
    markUserTextEdit(transaction.idbtrans);
    const row = await getAbstract(abstractId, database);
    if (row === undefined) throw new Error(`Abstract ${abstractId} is not in the library.`);
    if (row.text === newStoredText) return;
    // The import's identity cache notices edits by the newest updatedAt, so it must grow.
    const now = Math.max(Date.now(), (await lastUpdateTime(database)) + 1);
    const derived = fieldsOfStoredText(newStoredText, isWord);
    await Promise.all([
      putAbstractRows([{
        ...row,
        ...derived,
        text: newStoredText,
        sortTitle: sortTitleOf({ title: row.title, display: derived.display }),
        updatedAt: now,
      }], database),
      reanchorAbstracts([{ id: abstractId, text: newStoredText }], now, database),
    ]);
  });
}
