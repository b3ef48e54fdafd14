import type { Transaction } from 'dexie';
import { textPiecesOf } from '../../../shared/import/text-pieces';
import { captureTextRows } from '../import/capture-texts';
import type { CaptureRow, CaptureTextRow } from './row-types';

/** A capture row as versions 1 to 9 stored it: with its whole decoded text. */
type CaptureRowWithText = CaptureRow & { text?: string };

/** Version 10: each capture's text moves, cut into pieces, to `captureTexts`; its row keeps the rest. */
export async function moveCaptureTexts(tx: Transaction): Promise<void> {
  const captures = tx.table<CaptureRowWithText, string>('captures');
  const texts = tx.table<CaptureTextRow, [string, number]>('captureTexts');
  // One capture at a time: a library of large captures never holds them all in memory.
  const hashes = await captures.toCollection().primaryKeys();
  for (const hash of hashes) {
    const row = await captures.get(hash);
    if (row === undefined) continue;
    const { text = '', ...rest } = row;
    await Promise.all([texts.bulkAdd(captureTextRows(hash, textPiecesOf(text))), captures.put(rest)]);
  }
}
