/**
 * The tables issue 6 adds (schema version 4). `fromId` is null for a mention in a standalone
 * (synthesis) note; `noteId`/`annotationId` say which note or comment a mention lives in.
 * Only what is queried is indexed: the import writes one link per related abstract, and every
 * index would slow it. Null noteId/annotationId (user and import links) make no index entries.
 */
export const LINK_STORES = {
  links: '++id, fromId, toId, noteId, annotationId',
  linkTypes: '&id',
} as const;
