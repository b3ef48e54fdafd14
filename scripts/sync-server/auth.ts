import { libraryIdForToken, isLibraryToken, parseDocumentName } from '../../shared/sync';

export class SyncAuthError extends Error {
  override readonly name = 'SyncAuthError';
  /** Hocuspocus sends `reason` to the client in its permission-denied message. */
  readonly reason = 'permission-denied';
}

/**
 * Accepts a connection to a document only when the token opens that document's library. The error never carries the
 * token, so nothing downstream can log it.
 */
export function checkDocumentAccess(documentName: string, token: string): void {
  const parsed = parseDocumentName(documentName);
  if (!parsed.ok) throw new SyncAuthError(`Refused document "${documentName}": ${parsed.problem}.`);
  if (!isLibraryToken(token) || libraryIdForToken(token) !== parsed.document.libraryId) {
    throw new SyncAuthError(
      `Refused document "${documentName}": the token does not open library ${parsed.document.libraryId}.`,
    );
  }
}
