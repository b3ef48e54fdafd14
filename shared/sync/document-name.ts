/**
 * Names of the Yjs documents of a library, `<libraryId>/<kind>[/<key>]`:
 * - `meta`: library-wide rows (tag and link-type definitions, lists, saved searches, synced settings, blob manifest);
 * - `rows/<shard>`: per-abstract user state, spread over ROW_SHARD_COUNT shards by abstract id, notes' and comments'
 *   texts included (rich-texts.ts);
 * - `note/<id>` and `comment/<id>`: names the server accepts for one rich text per document; the app keeps its texts
 *   in the row shards instead, so a library opens 65 documents however many notes it holds.
 */
export const ROW_SHARD_COUNT = 64;

export type SyncDocument =
  | { libraryId: string; kind: 'meta' }
  | { libraryId: string; kind: 'rows'; shard: number }
  | { libraryId: string; kind: 'note' | 'comment'; id: string };

const LIBRARY_ID_PATTERN = /^[0-9a-f]{32}$/;
const SHARD_PATTERN = /^[0-9a-f]{2}$/;
/** Stable ids are lowercase letters, digits, `-` and `_` (hex hashes and UUIDs both fit). */
const ENTITY_ID_PATTERN = /^[0-9a-z_-]{1,64}$/;

export function documentName(document: SyncDocument): string {
  switch (document.kind) {
    case 'meta':
      return `${document.libraryId}/meta`;
    case 'rows':
      return `${document.libraryId}/rows/${document.shard.toString(16).padStart(2, '0')}`;
    case 'note':
    case 'comment':
      return `${document.libraryId}/${document.kind}/${document.id}`;
  }
}

export type ParsedDocumentName = { ok: true; document: SyncDocument } | { ok: false; problem: string };

export function parseDocumentName(name: string): ParsedDocumentName {
  const [libraryId = '', kind, key, ...rest] = name.split('/');
  if (!LIBRARY_ID_PATTERN.test(libraryId))
    return { ok: false, problem: 'the name does not start with a library id' };
  if (rest.length > 0) return { ok: false, problem: 'the name has too many parts' };
  if (kind === 'meta' && key === undefined) return { ok: true, document: { libraryId, kind } };
  if (kind === 'rows' && key !== undefined && SHARD_PATTERN.test(key)) {
    const shard = Number.parseInt(key, 16);
    if (shard < ROW_SHARD_COUNT) return { ok: true, document: { libraryId, kind, shard } };
    return { ok: false, problem: `row shard ${key} is out of range` };
  }
  if ((kind === 'note' || kind === 'comment') && key !== undefined && ENTITY_ID_PATTERN.test(key)) {
    return { ok: true, document: { libraryId, kind, id: key } };
  }
  return { ok: false, problem: 'unknown document kind or malformed key' };
}
