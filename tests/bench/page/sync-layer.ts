import { db } from '../../../renderer/db/schema/database';
import { SYNCED_TABLES } from '../../../renderer/db/sync/capture-middleware';
import { ensureTagPaths } from '../../../renderer/db/tags/store';
import type { AbstractTagRow } from '../../../renderer/db/organize/types';
import { LIVE_TAG_PATH, type LayerCounts, type SerialiseFigures } from '../sync-bench-api';
import { seedAnnotations } from './export';

/** Tags spread over a tenth of the library; the live edits' tag is made with them, so it exists before they start. */
const SEED_TAGS = ['bench/sync/theory', 'bench/sync/methods', 'bench/sync/data', 'bench/sync/to-cite', 'bench/sync/review'];

/**
 * The user layer a used library has: every abstract read or reading, a tenth starred and tagged, and the
 * annotations the export bench seeds (a tenth highlighted with a comment, a twentieth with a note and a typed link).
 * Raw writes before sync is set up, as a library that existed before its first connection.
 */
export async function seedUserLayer(): Promise<LayerCounts> {
  await db.transaction('rw', [db.abstracts, db.tags, db.abstractTags], async () => {
    const tags = await ensureTagPaths([...SEED_TAGS, LIVE_TAG_PATH], db);
    const tagIds = SEED_TAGS.map((path) => tags.get(path)?.id ?? Number.NaN);
    const assignments: AbstractTagRow[] = [];
    let index = 0;
    await db.abstracts.toCollection().modify((row) => {
      row.status = index % 2 === 0 ? 'read' : 'reading';
      if (index % 10 === 0) {
        row.starred = 1;
        assignments.push({ abstractId: row.id, tagId: tagIds[(index / 10) % tagIds.length] ?? Number.NaN });
      }
      index += 1;
    });
    await db.abstractTags.bulkPut(assignments);
  });
  await seedAnnotations();
  return layerCounts();
}

export async function layerCounts(): Promise<LayerCounts> {
  return db.transaction('r', [db.abstracts, db.tags, db.abstractTags, db.annotations, db.notes, db.links], async () => ({
    reading: await db.abstracts.where('status').equals('reading').count(),
    read: await db.abstracts.where('status').equals('read').count(),
    starred: await db.abstracts.where('starred').equals(1).count(),
    tags: await db.tags.count(),
    abstractTags: await db.abstractTags.count(),
    annotations: await db.annotations.count(),
    notes: await db.notes.count(),
    links: await db.links.count(),
  }));
}

export const sameLayer = (a: LayerCounts, b: LayerCounts): boolean =>
  (Object.keys(a) as (keyof LayerCounts)[]).every((key) => a[key] === b[key]);

/**
 * The user layer as sync carries it: of an abstract only its uid, status and star (its text comes from the captures
 * each device imports), every other synced table's rows whole but import links.
 */
async function userLayerRows(): Promise<unknown[]> {
  const rows: unknown[] = [];
  await db.abstracts.each((row) => {
    if (row.status !== 'unread' || row.starred === 1) rows.push({ uid: row.uid, status: row.status, starred: row.starred === 1 });
  });
  for (const table of SYNCED_TABLES) {
    if (table === 'abstracts') continue;
    // Import links come from the captures every device imports; they do not sync.
    const tableRows: unknown[] = table === 'links' ? await db.links.filter((row) => row.origin !== 'import').toArray() : await db.table(table).toArray();
    for (const row of tableRows) rows.push(row);
  }
  return rows;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** The initial sync's baseline: JSON.stringify of the same rows, already in memory (the reads are not timed). */
export async function serialiseLayer(runs: number): Promise<SerialiseFigures> {
  const rows = await userLayerRows();
  const times: number[] = [];
  let chars = 0;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    chars = JSON.stringify(rows).length;
    times.push(performance.now() - started);
  }
  return { rows: rows.length, ms: median(times), chars };
}
