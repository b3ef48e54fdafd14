// The links domain owns links between abstracts, the built-in and user-defined link types, mentions in notes, and the graph data.

import { db as appDb, type LecternDB } from '../schema/database';
import { isBuiltInLinkType, linkTypeInfo, MENTION_TYPE } from './link-types';
import type { LinkRow } from './rows';
import type { Reversible } from '../undo/reversible';
import { randomUid } from '../../../shared/sync/uids';

export { LINK_TYPES, linkTypeColor, linkTypeInfo, linkTypeLabel, MENTION_TYPE, SAME_PAGE_TYPE, allLinkTypes } from './link-types';
export type { LinkDirection, LinkTypeInfo } from './link-types';

/** A link the user asks for (Link to…). */
export interface NewLinkInput {
  fromId: number;
  toId: number;
  type: string;
  note?: string;
}

/** A refused link, with a message fit to show the user as it is. */
export class LinkError extends Error {
  override name = 'LinkError';
}

/** What addLink hands back: the stored row and the undo/redo pair, each one transaction. */
export interface LinkChange extends Reversible {
  link: LinkRow;
}

/** The note or the comment a set of mentions lives in. */
export type MentionScope = { noteId: number } | { annotationId: number };

export interface MentionInput {
  toId: number;
  /** The sentence around the mention, shown in the target's Backlinks. */
  context: string;
}

/** The user's links between the two abstracts of that type; a symmetric type counts both directions. */
async function sameUserLinks(database: LecternDB, input: NewLinkInput, symmetric: boolean): Promise<LinkRow[]> {
  const from = await database.links.where('fromId').equals(input.fromId).toArray();
  const to = symmetric ? await database.links.where('fromId').equals(input.toId).toArray() : [];
  return [
    ...from.filter((link) => link.toId === input.toId),
    ...to.filter((link) => link.toId === input.fromId),
  ].filter((link) => link.origin === 'user' && link.type === input.type);
}

/**
 * Links two abstracts (origin "user"). Refuses a link to itself, a missing abstract, an unknown
 * type and a link identical to one already made, each with a LinkError the UI can show.
 */
export async function addLink(input: NewLinkInput, database: LecternDB = appDb): Promise<LinkChange> {
  if (input.fromId === input.toId) throw new LinkError('An abstract cannot be linked to itself.');
  const link = await database.transaction('rw', [database.links, database.linkTypes, database.abstracts], async () => {
    const [from, to] = await database.abstracts.bulkGet([input.fromId, input.toId]);
    if (from === undefined || to === undefined) throw new LinkError('That abstract is no longer in the library.');
    const userType = await database.linkTypes.get(input.type);
    if (!isBuiltInLinkType(input.type) && userType === undefined) throw new LinkError(`There is no link type "${input.type}".`);
    const symmetric = linkTypeInfo(input.type, userType === undefined ? [] : [userType]).inverseLabel === null;
    if ((await sameUserLinks(database, input, symmetric)).length > 0) {
      throw new LinkError('These two abstracts are already linked with that type.');
    }
    const row: Omit<LinkRow, 'id'> = {
      uid: randomUid(),
      fromId: input.fromId,
      toId: input.toId,
      type: input.type,
      origin: 'user',
      noteId: null,
      annotationId: null,
      note: (input.note ?? '').trim(),
      context: null,
      createdAt: Date.now(),
    };
    const id = await database.links.add(row);
    return { ...row, id };
  });
  return {
    link,
    undo: () => database.transaction('rw', database.links, () => database.links.delete(link.id)),
    redo: () => database.transaction('rw', database.links, async () => {
      await database.links.put(link);
    }),
  };
}

/** Removes one link; undo puts back the exact row, id included. */
export async function removeLink(id: number, database: LecternDB = appDb): Promise<Reversible> {
  const removed = await database.transaction('rw', database.links, async () => {
    const row = await database.links.get(id);
    if (row === undefined) throw new LinkError('That link was already removed.');
    await database.links.delete(id);
    return row;
  });
  return {
    undo: () => database.transaction('rw', database.links, async () => {
      await database.links.put(removed);
    }),
    redo: () => database.transaction('rw', database.links, () => database.links.delete(removed.id)),
  };
}

function mentionLinksOf(database: LecternDB, scope: MentionScope): Promise<LinkRow[]> {
  const query = 'noteId' in scope
    ? database.links.where('noteId').equals(scope.noteId)
    : database.links.where('annotationId').equals(scope.annotationId);
  return query.filter((link) => link.origin === 'note').toArray();
}

/**
 * Makes the mention links of one note or comment exactly `mentions`, in one transaction: one link
 * per mention, kept (with its id) when its target is still mentioned, removed when not, added when
 * new. Mentions of the abstract the note belongs to, or of abstracts no longer in the library, make
 * no link. Joins the caller's transaction when that includes the links and abstracts tables.
 */
export async function syncMentionLinks(
  scope: MentionScope,
  mentions: readonly MentionInput[],
  fromId: number | null,
  database: LecternDB = appDb,
): Promise<void> {
  await database.transaction('rw', [database.links, database.abstracts], async () => {
    const existing = await mentionLinksOf(database, scope);
    const targets = [...new Set(mentions.map((mention) => mention.toId))];
    const present = new Set(
      (await database.abstracts.bulkGet(targets)).flatMap((row) => (row === undefined ? [] : [row.id])),
    );
    const wanted = mentions.filter((mention) => present.has(mention.toId) && mention.toId !== fromId);
    const unused = [...existing].sort((a, b) => a.id - b.id);
    const puts: LinkRow[] = [];
    const adds: Omit<LinkRow, 'id'>[] = [];
    const now = Date.now();
    for (const mention of wanted) {
      const index = unused.findIndex((link) => link.toId === mention.toId);
      const kept = index === -1 ? undefined : unused.splice(index, 1)[0];
      if (kept !== undefined) {
        if (kept.context !== mention.context || kept.fromId !== fromId) puts.push({ ...kept, context: mention.context, fromId });
        continue;
      }
      adds.push({
        uid: randomUid(),
        fromId,
        toId: mention.toId,
        type: MENTION_TYPE,
        origin: 'note',
        noteId: 'noteId' in scope ? scope.noteId : null,
        annotationId: 'annotationId' in scope ? scope.annotationId : null,
        note: '',
        context: mention.context,
        createdAt: now,
      });
    }
    if (unused.length > 0) await database.links.bulkDelete(unused.map((link) => link.id));
    if (puts.length > 0) await database.links.bulkPut(puts);
    if (adds.length > 0) await database.links.bulkAdd(adds);
  });
}
