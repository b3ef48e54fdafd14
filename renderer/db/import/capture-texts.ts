import { Dexie } from 'dexie';
import type { LecternDB } from '../schema/database';
import type { CaptureTextRow } from '../schema/row-types';

/** The rows holding `pieces`, the text of the capture `hash`, in order. */
export function captureTextRows(hash: string, pieces: readonly string[]): CaptureTextRow[] {
  return pieces.map((text, index) => ({ hash, index, text }));
}

/**
 * Stores a capture's text one piece per request, each awaited before the next: IndexedDB clones a
 * value synchronously, so the page stays free between pieces. Inside a transaction it is part of it.
 */
export async function addCaptureText(hash: string, pieces: readonly string[], database: LecternDB): Promise<void> {
  for (const row of captureTextRows(hash, pieces)) await database.captureTexts.add(row);
}

/** The whole decoded text of the capture `hash` (record spans index into it); empty if none is stored. */
export async function readCaptureText(hash: string, database: LecternDB): Promise<string> {
  const rows = await database.captureTexts.where('[hash+index]').between([hash, Dexie.minKey], [hash, Dexie.maxKey]).toArray();
  return rows.map((row) => row.text).join('');
}
