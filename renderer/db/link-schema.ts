/**
 * The tables issue 6 adds (schema version 4). `fromId` is null for a mention in a standalone
 * (synthesis) note; `noteId`/`annotationId` say which note or comment a mention lives in.
 */
export const LINK_STORES = {
  links: '++id, fromId, toId, type, origin, noteId, annotationId, createdAt',
  linkTypes: '&id',
} as const;
