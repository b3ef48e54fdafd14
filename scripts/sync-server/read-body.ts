import type { IncomingMessage } from 'node:http';

export type BodyResult =
  { ok: true; body: Buffer } | { ok: false; tooLarge: true } | { ok: false; tooLarge: false };

/**
 * Reads a request body of at most maxBytes. A declared Content-Length over the limit is refused before a byte is
 * read; a body that grows past it while streaming stops being buffered at once.
 */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve({ ok: false, tooLarge: true });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    const settle = (result: BodyResult): void => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    request.on('data', (chunk: Buffer) => {
      if (settled) return;
      total += chunk.byteLength;
      if (total > maxBytes) {
        chunks.length = 0;
        request.pause();
        settle({ ok: false, tooLarge: true });
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => settle({ ok: true, body: Buffer.concat(chunks, total) }));
    request.on('error', () => settle({ ok: false, tooLarge: false }));
  });
}
