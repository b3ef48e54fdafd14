import type { LecternDB } from '../schema/database';
import { linkTypeInfo } from '../links/link-types';
import type { LinkRow, LinkTypeRow } from '../links/rows';

/** Links that say the same: the same origin and type between the same two abstracts (either way round for a symmetric type). */
function sameLinkKey(link: LinkRow, userTypes: readonly LinkTypeRow[]): string {
  const symmetric = linkTypeInfo(link.type, userTypes).inverseLabel === null;
  const from = link.fromId ?? 0;
  const ends = symmetric && from > link.toId ? [link.toId, from] : [from, link.toId];
  return `${link.origin}|${link.type}|${ends.join('>')}`;
}

function joinedNote(first: string, second: string): string {
  if (second === '' || second === first) return first;
  return first === '' ? second : `${first}; ${second}`;
}

/**
 * The user's and the importer's links of the loser, moved to the survivor: a link between the two
 * would now be a link to itself and goes, and a link the survivor already has is kept once (the
 * older row, with both notes). Mention links follow their notes and comments instead (merge-notes.ts).
 */
export async function moveLinks(database: LecternDB, survivorId: number, loserId: number): Promise<void> {
  const touching = async (id: number): Promise<LinkRow[]> => [
    ...(await database.links.where('fromId').equals(id).toArray()),
    ...(await database.links.where('toId').equals(id).toArray()),
  ];
  const notMention = (link: LinkRow): boolean => link.origin !== 'note';
  const loserLinks = [...new Map((await touching(loserId)).filter(notMention).map((link) => [link.id, link])).values()];
  if (loserLinks.length === 0) return;
  const userTypes = await database.linkTypes.toArray();
  const kept = new Map((await touching(survivorId)).filter(notMention).map((link) => [sameLinkKey(link, userTypes), link]));
  const deletes: number[] = [];
  const puts = new Map<number, LinkRow>();
  for (const link of loserLinks.sort((a, b) => a.id - b.id)) {
    const moved: LinkRow = {
      ...link,
      fromId: link.fromId === loserId ? survivorId : link.fromId,
      toId: link.toId === loserId ? survivorId : link.toId,
    };
    const existing = kept.get(sameLinkKey(moved, userTypes));
    if (moved.fromId === moved.toId || existing !== undefined) deletes.push(link.id);
    if (moved.fromId === moved.toId) continue;
    if (existing === undefined) {
      kept.set(sameLinkKey(moved, userTypes), moved);
      puts.set(moved.id, moved);
    } else if (joinedNote(existing.note, moved.note) !== existing.note) {
      const joined = { ...existing, note: joinedNote(existing.note, moved.note) };
      kept.set(sameLinkKey(moved, userTypes), joined);
      puts.set(joined.id, joined);
    }
  }
  if (deletes.length > 0) await database.links.bulkDelete(deletes);
  if (puts.size > 0) await database.links.bulkPut([...puts.values()]);
}
