export class UpdateTooLargeError extends Error {
  override readonly name = 'UpdateTooLargeError';
  /** Close code and reason Hocuspocus uses when it drops the connection (1009: message too big). */
  readonly code = 1009;
  readonly reason = 'update-too-large';
}

/** Refuses a sync message over the limit before Hocuspocus applies any of it. */
export function checkUpdateSize(documentName: string, message: Uint8Array, maxBytes: number): void {
  if (message.byteLength > maxBytes) {
    throw new UpdateTooLargeError(
      `Refused a ${message.byteLength}-byte message for "${documentName}" (limit ${maxBytes} bytes).`,
    );
  }
}
