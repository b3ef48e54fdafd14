/**
 * The largest single sync message a client may send or accept. A row shard's first upload for a 100k library is
 * about 1/64 of it (well under 1 MiB); a note is far smaller. Anything larger is refused whole, never applied in part.
 */
export const MAX_UPDATE_BYTES = 4 * 1024 * 1024;
