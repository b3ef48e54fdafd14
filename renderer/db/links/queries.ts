import { displayTitle } from '../../../shared/text/display-title';
import { presentAbstracts } from '../abstracts/records';
import { db as appDb, type LecternDB } from '../schema/database';
import { linkTypeInfo, linkTypeLabel, SAME_PAGE_TYPE, type LinkTypeInfo } from './link-types';
import type { LinkRow, LinkTypeRow } from './rows';
import type { AbstractRow } from '../schema/row-types';

/** The other end of a link, as the reader names it. */
export interface LinkedAbstract {
  id: number;
  title: string;
}

export interface LinkItem {
  link: LinkRow;
  other: LinkedAbstract;
}

/** The links of one type, read from one side ("extends" outgoing, "extended by" incoming). */
export interface LinkGroup {
  type: LinkTypeInfo;
  label: string;
  items: LinkItem[];
}

/** Where a mention was written: a standalone note, or an abstract's note or a comment on it. */
export type MentionSource =
  | { kind: 'note'; noteId: number; title: string }
  | { kind: 'abstract'; abstract: LinkedAbstract; where: 'note' | 'comment' };

export interface MentionBacklink {
  link: LinkRow;
  source: MentionSource;
  /** The sentence around the mention. */
  context: string;
}

export interface OutgoingLinks {
  /** Links the user made, grouped by type in catalog order. */
  groups: LinkGroup[];
  /** Abstracts this abstract's note and comments mention; removed by editing the note. */
  mentions: LinkItem[];
  /** "On the same page" links from the import, either direction (the type is symmetric). */
  imported: LinkItem[];
}

export interface IncomingLinks {
  /** Links other abstracts made to this one, grouped by type under the inverse label. */
  groups: LinkGroup[];
  mentions: MentionBacklink[];
}

export interface AbstractLinks {
  outgoing: OutgoingLinks;
  incoming: IncomingLinks;
}

export const UNTITLED_NOTE = 'Untitled note';

function linkedOf(row: AbstractRow): LinkedAbstract {
  return { id: row.id, title: displayTitle({ title: row.title, text: row.display.text }) };
}

function byAge(a: LinkRow, b: LinkRow): number {
  return a.createdAt - b.createdAt || a.id - b.id;
}

function groupByType(items: readonly LinkItem[], direction: 'outgoing' | 'incoming', userTypes: readonly LinkTypeRow[]): LinkGroup[] {
  const order = new Map([...userTypes.map((row, index) => [row.id, 1000 + index] as const)]);
  const groups = new Map<string, LinkGroup>();
  for (const item of items) {
    const id = item.link.type;
    let group = groups.get(id);
    if (group === undefined) {
      group = { type: linkTypeInfo(id, userTypes), label: linkTypeLabel(id, direction, userTypes), items: [] };
      groups.set(id, group);
    }
    group.items.push(item);
  }
  const rank = (group: LinkGroup): number => {
    const builtIn = CATALOG_ORDER.indexOf(group.type.id);
    return builtIn !== -1 ? builtIn : (order.get(group.type.id) ?? 2000);
  };
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label));
}

const CATALOG_ORDER = ['related', 'supports', 'contradicts', 'extends', 'same-paper', 'uses-data-of', 'cites'];

async function abstractsById(database: LecternDB, ids: Iterable<number>): Promise<Map<number, LinkedAbstract>> {
  const unique = [...new Set(ids)];
  const rows = await presentAbstracts(unique, database);
  return new Map(rows.map((row) => [row.id, linkedOf(row)] as const));
}

async function mentionSources(database: LecternDB, links: readonly LinkRow[]): Promise<Map<number, MentionSource>> {
  const noteIds = [...new Set(links.flatMap((link) => (link.noteId === null ? [] : [link.noteId])))];
  const annotationIds = [...new Set(links.flatMap((link) => (link.annotationId === null ? [] : [link.annotationId])))];
  const [notes, annotations] = await Promise.all([database.notes.bulkGet(noteIds), database.annotations.bulkGet(annotationIds)]);
  const owners = await abstractsById(database, [
    ...notes.flatMap((note) => (note?.abstractId == null ? [] : [note.abstractId])),
    ...annotations.flatMap((annotation) => (annotation === undefined ? [] : [annotation.abstractId])),
  ]);
  const sources = new Map<number, MentionSource>();
  for (const link of links) {
    const note = link.noteId === null ? undefined : notes[noteIds.indexOf(link.noteId)];
    const annotation = link.annotationId === null ? undefined : annotations[annotationIds.indexOf(link.annotationId)];
    if (note !== undefined && note !== null) {
      const owner = note.abstractId === null ? undefined : owners.get(note.abstractId);
      if (owner !== undefined) sources.set(link.id, { kind: 'abstract', abstract: owner, where: 'note' });
      else if (note.abstractId === null) sources.set(link.id, { kind: 'note', noteId: note.id, title: note.title?.trim() || UNTITLED_NOTE });
    } else if (annotation !== undefined) {
      const owner = owners.get(annotation.abstractId);
      if (owner !== undefined) sources.set(link.id, { kind: 'abstract', abstract: owner, where: 'comment' });
    }
  }
  return sources;
}

/** Everything the reader shows about an abstract's links: outgoing (Links) and incoming (Backlinks). */
export async function queryAbstractLinks(id: number, database: LecternDB = appDb): Promise<AbstractLinks> {
  const [fromRows, toRows, userTypes] = await Promise.all([
    database.links.where('fromId').equals(id).toArray(),
    database.links.where('toId').equals(id).toArray(),
    database.linkTypes.toArray(),
  ]);
  fromRows.sort(byAge);
  toRows.sort(byAge);
  const others = await abstractsById(database, [
    ...fromRows.map((link) => link.toId),
    ...toRows.flatMap((link) => (link.fromId === null ? [] : [link.fromId])),
  ]);
  const item = (link: LinkRow, otherId: number | null): LinkItem[] => {
    const other = otherId === null ? undefined : others.get(otherId);
    return other === undefined ? [] : [{ link, other }];
  };
  const user = fromRows.filter((link) => link.origin === 'user').flatMap((link) => item(link, link.toId));
  const incomingUser = toRows.filter((link) => link.origin === 'user').flatMap((link) => item(link, link.fromId));
  const isSamePage = (link: LinkRow): boolean => link.origin === 'import' && link.type === SAME_PAGE_TYPE;
  const imported = [
    ...fromRows.filter(isSamePage).flatMap((link) => item(link, link.toId)),
    ...toRows.filter(isSamePage).flatMap((link) => item(link, link.fromId)),
  ];
  const mentionRows = toRows.filter((link) => link.origin === 'note');
  const sources = await mentionSources(database, mentionRows);
  return {
    outgoing: {
      groups: groupByType(user, 'outgoing', userTypes),
      mentions: fromRows.filter((link) => link.origin === 'note').flatMap((link) => item(link, link.toId)),
      imported: dedupeByOther(imported),
    },
    incoming: {
      groups: groupByType(incomingUser, 'incoming', userTypes),
      mentions: mentionRows.flatMap((link) => {
        const source = sources.get(link.id);
        return source === undefined ? [] : [{ link, source, context: link.context ?? '' }];
      }),
    },
  };
}

/** One entry per abstract: two pages may both list the same pair. */
function dedupeByOther(items: readonly LinkItem[]): LinkItem[] {
  const seen = new Set<number>();
  return items.filter((entry) => !seen.has(entry.other.id) && seen.add(entry.other.id) !== undefined);
}
