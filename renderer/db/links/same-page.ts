import type { EntityTable } from 'dexie';
import type { SourceRef } from '../../../shared/import/types';
import { SAME_PAGE_TYPE } from './link-types';
import { inChunks } from '../import/in-chunks';
import type { LinkRow } from './rows';
import { randomUid } from '../../../shared/sync/uids';

/** What the same-page links need of an abstract. */
export interface PagedAbstract {
  id: number;
  sources: readonly SourceRef[];
}

export interface SamePagePair {
  fromId: number;
  toId: number;
}

/**
 * The pairs a page makes: its main abstract to each other abstract listed on it. A page without a
 * main record (none was recognised) makes none.
 */
export function samePagePairs(abstracts: readonly PagedAbstract[], captureHashes?: ReadonlySet<string>): SamePagePair[] {
  // Sets keep insertion order, and stay fast on a page listing tens of thousands of abstracts.
  const byPage = new Map<string, { mains: Set<number>; all: Set<number> }>();
  for (const row of abstracts) {
    for (const source of row.sources) {
      if (captureHashes !== undefined && !captureHashes.has(source.captureHash)) continue;
      let page = byPage.get(source.captureHash);
      if (page === undefined) {
        page = { mains: new Set(), all: new Set() };
        byPage.set(source.captureHash, page);
      }
      page.all.add(row.id);
      if (source.role === 'main') page.mains.add(row.id);
    }
  }
  const pairs: SamePagePair[] = [];
  for (const { mains, all } of byPage.values()) {
    for (const fromId of mains) for (const toId of all) if (toId !== fromId) pairs.push({ fromId, toId });
  }
  return pairs;
}

/** Adds the pairs not linked yet (either way round: the type is symmetric); resolves to how many were added. */
export async function addMissingPairs(links: EntityTable<LinkRow, 'id'>, pairs: readonly SamePagePair[], now: number): Promise<number> {
  if (pairs.length === 0) return 0;
  const ends = [...new Set(pairs.flatMap((pair) => [pair.fromId, pair.toId]))];
  const existing = await links.where('fromId').anyOf(ends).filter((link) => link.origin === 'import' && link.type === SAME_PAGE_TYPE).toArray();
  const linked = new Set(existing.flatMap((link) => [`${link.fromId}>${link.toId}`, `${link.toId}>${link.fromId}`]));
  const rows: Omit<LinkRow, 'id'>[] = [];
  // The version 4 upgrade links pages too, and its links, like every row before version 14, have no uid (that upgrade gives them one).
  const withUids = links.schema.idxByName['uid'] !== undefined;
  for (const { fromId, toId } of pairs) {
    const key = `${fromId}>${toId}`;
    if (linked.has(key)) continue;
    linked.add(key).add(`${toId}>${fromId}`);
    const row = { fromId, toId, type: SAME_PAGE_TYPE, origin: 'import' as const, noteId: null, annotationId: null, note: '', context: null, createdAt: now };
    rows.push(withUids ? { uid: randomUid(), ...row } : (row as Omit<LinkRow, 'id'>));
  }
  await inChunks(rows, (chunk) => links.bulkAdd(chunk, { allKeys: true }));
  return rows.length;
}

