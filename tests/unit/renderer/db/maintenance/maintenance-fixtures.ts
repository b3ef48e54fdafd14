import { createHighlight } from '../../../../../renderer/db/annotations/annotations';
import { importFiles } from '../../../../../renderer/db/import/import';
import { addLink, syncMentionLinks } from '../../../../../renderer/db/links/links';
import { addToList, createList } from '../../../../../renderer/db/lists/lists';
import { saveNote } from '../../../../../renderer/db/notes/notes';
import type { LecternDB } from '../../../../../renderer/db/schema/database';
import { addTag } from '../../../../../renderer/db/tags/tags';
import { createReview } from '../../../../../renderer/db/screening/reviews';
import { decide } from '../../../../../renderer/db/screening/decisions';
import { freshDatabase } from '../fixtures';
import { readSeedFiles } from '../seed-files';
import { randomUid } from '../../../../../shared/sync/uids';

/** The seeds, with a tag, a list, a highlight and a note that mention abstracts, a synthesis note's mention, a user link and a review with a decision. */
export async function consistentLibrary(): Promise<{ database: LecternDB; a: number; b: number; c: number; tagId: number; listId: number; synthesisId: number; reviewId: number }> {
  const database = freshDatabase();
  await importFiles(await readSeedFiles(), database);
  const [a, b, c] = (await database.abstracts.orderBy(':id').limit(3).primaryKeys()) as [number, number, number];
  const { tag } = await addTag(a, 'theory/bounds', database);
  await addTag(b, 'theory/bounds', database);
  const { id: listId } = await createList('To read', database);
  await addToList(listId, [a, b], undefined, database);
  const annotationId = await createHighlight(a, 0, 12, 'yellow', database);
  await syncMentionLinks({ annotationId }, [{ toId: b, context: 'see B' }], a, database);
  const noteId = await saveNote(a, null, 'compare C', database);
  await syncMentionLinks({ noteId }, [{ toId: c, context: 'compare C' }], a, database);
  const synthesisId = await database.notes.add({ uid: randomUid(), abstractId: null, title: 'Review', json: null, text: '', createdAt: 1, updatedAt: 1 });
  await syncMentionLinks({ noteId: synthesisId }, [{ toId: c, context: 'C again' }], null, database);
  await addLink({ fromId: b, toId: c, type: 'extends' }, database);
  const { id: reviewId } = await createReview({ name: 'Bounds', question: '', criteria: [], includeKeywords: [], excludeKeywords: [], selections: [] }, [a, b], database);
  await decide({ reviewId, abstractId: a, stage: 1, verdict: 'include', order: 'ranked' }, database);
  return { database, a, b, c, tagId: tag.id, listId, synthesisId, reviewId };
}

/** Every table but the search index (a cache the worker rebuilds), row for row in key order. */
export async function everyRow(database: LecternDB): Promise<Record<string, unknown[]>> {
  const tables = database.tables.filter((table) => table.name !== 'searchIndex');
  const rows: unknown[][] = await Promise.all(tables.map((table) => table.toArray()));
  return Object.fromEntries(tables.map((table, at) => [table.name, rows[at] ?? []]));
}
