import { anchor } from '../../../shared/anchoring/anchor';
import { describeRange } from '../../../shared/anchoring/describe';
import type { AnnotationRow } from './types';
import { db as appDb, type LecternDB } from '../schema/database';

/**
 * An annotation placed on its abstract's new stored text. The row comes back unchanged (the same
 * object) when it still stands where it stood. An exact match gets fresh context; a fuzzy one keeps
 * the quote the user highlighted; an orphan keeps its selectors, so its quote is never lost.
 */
export function reanchorRow(row: AnnotationRow, storedText: string, now: number): AnnotationRow {
  const result = anchor(storedText, row.selectors);
  if (result.state === 'orphaned') {
    return row.state === 'orphaned' ? row : { ...row, state: 'orphaned', confidence: null, updatedAt: now };
  }
  const { start, end } = result;
  const { position, quote } = row.selectors;
  const exact = storedText.slice(start, end) === quote.exact;
  const selectors = exact ? describeRange(storedText, start, end) : { quote, position: { type: 'TextPositionSelector' as const, start, end } };
  if (result.state === 'anchored' && row.state !== 'orphaned' && start === position.start && end === position.end) {
    // The words did not move; only their context may have (a snippet's full text merged in).
    if (selectors.quote.prefix === quote.prefix && selectors.quote.suffix === quote.suffix) return row;
    return { ...row, selectors, updatedAt: now };
  }
  return { ...row, selectors, state: result.state, confidence: result.confidence, updatedAt: now };
}

/** The annotations table, or null on a database opened at a version from before annotations. */
export function annotationsTableOf(database: LecternDB = appDb): LecternDB['annotations'] | null {
  return database.tables.some((table) => table.name === 'annotations') ? database.annotations : null;
}

/**
 * Re-anchors the annotations of abstracts whose stored text changed. Call it inside the transaction
 * that changes the texts, with the annotations table in its scope; costs one query when none has any.
 */
export async function reanchorAbstracts(
  changed: readonly { id: number; text: string }[],
  now: number,
  database: LecternDB = appDb,
): Promise<number> {
  const table = annotationsTableOf(database);
  if (table === null || changed.length === 0) return 0;
  const textOf = new Map(changed.map(({ id, text }) => [id, text]));
  const rows = await table.where('abstractId').anyOf([...textOf.keys()]).toArray();
  const moved = rows.flatMap((row) => {
    const text = textOf.get(row.abstractId);
    if (text === undefined) return [];
    const placed = reanchorRow(row, text, now);
    return placed === row ? [] : [placed];
  });
  if (moved.length > 0) await table.bulkPut(moved);
  return moved.length;
}
