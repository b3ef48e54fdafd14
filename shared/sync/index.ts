export { createLibraryToken, isLibraryToken, libraryIdForToken } from './library-token';
export { documentName, parseDocumentName, ROW_SHARD_COUNT } from './document-name';
export type { ParsedDocumentName, SyncDocument } from './document-name';
export { MAX_UPDATE_BYTES } from './limits';
export { abstractUid, isUid, linkTypeUid, randomUid, tagUid } from './uids';
export { compareHlc, decodeHlc, encodeHlc, HybridClock, isDeviceId } from './hlc';
export type { Hlc } from './hlc';
