import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLibraryToken, libraryIdForToken } from '../../shared/sync';
import type { BlobStore } from './blob-store';
import { readBody } from './read-body';

const BLOB_PATH = /^\/blobs\/([0-9a-f]{32})\/([0-9a-f]{64})$/;

/**
 * Any origin may call: the endpoints are authenticated by a bearer header, never by cookies, so a page without the
 * token gets nothing (the app runs from app:// or its own web origin, both cross-origin to the server).
 */
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, PUT, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600',
};

function reply(
  response: ServerResponse,
  status: number,
  message?: string,
  extra: Record<string, string> = {},
): void {
  const headers: Record<string, string> = { ...CORS_HEADERS, ...extra };
  if (message !== undefined) headers['Content-Type'] = 'text/plain; charset=utf-8';
  response.writeHead(status, headers);
  response.end(message);
}

function bearerToken(request: IncomingMessage): string | null {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer (\S+)$/.exec(header);
  return match?.[1] ?? null;
}

/** 401 without a token, 403 with a token that does not open this library (the same check as for documents). */
function refusal(request: IncomingMessage, libraryId: string): { status: number; message: string } | null {
  const token = bearerToken(request);
  if (token === null)
    return { status: 401, message: 'A library token is required (Authorization: Bearer <token>).' };
  if (!isLibraryToken(token) || libraryIdForToken(token) !== libraryId) {
    return { status: 403, message: `The token does not open library ${libraryId}.` };
  }
  return null;
}

async function putBlob(
  request: IncomingMessage,
  response: ServerResponse,
  store: BlobStore,
  address: { libraryId: string; sha256: string },
  maxBlobBytes: number,
): Promise<void> {
  const read = await readBody(request, maxBlobBytes);
  if (!read.ok) {
    if (!read.tooLarge) return reply(response, 400, 'The upload was cut off.');
    // Stop the client's upload rather than drain what is left of an oversized body.
    response.once('finish', () => request.destroy());
    return reply(response, 413, `A blob is at most ${maxBlobBytes} bytes.`, { Connection: 'close' });
  }
  const actual = createHash('sha256').update(read.body).digest('hex');
  if (actual !== address.sha256) {
    return reply(
      response,
      400,
      `The body's SHA-256 is ${actual}, not the ${address.sha256} its address names.`,
    );
  }
  if (store.has(address.libraryId, address.sha256)) return reply(response, 204);
  store.put(address.libraryId, address.sha256, read.body);
  reply(response, 201);
}

/**
 * `PUT/GET/HEAD /blobs/<libraryId>/<sha256>` (docs/sync.md, Blobs). Returns false for any other path, which the
 * caller leaves to Hocuspocus.
 */
export async function handleBlobRequest(
  request: IncomingMessage,
  response: ServerResponse,
  store: BlobStore,
  maxBlobBytes: number,
): Promise<boolean> {
  const path = new URL(request.url ?? '/', 'http://sync.invalid').pathname;
  if (!path.startsWith('/blobs/')) return false;
  const match = BLOB_PATH.exec(path);
  const [, libraryId, sha256] = match ?? [];
  if (libraryId === undefined || sha256 === undefined) {
    reply(response, 404, 'A blob address is /blobs/<32 hex digits library id>/<64 hex digits SHA-256>.');
    return true;
  }
  if (request.method === 'OPTIONS') {
    reply(response, 204);
    return true;
  }
  const refused = refusal(request, libraryId);
  if (refused !== null) {
    request.resume();
    reply(response, refused.status, refused.message);
    return true;
  }
  switch (request.method) {
    case 'PUT':
      await putBlob(request, response, store, { libraryId, sha256 }, maxBlobBytes);
      return true;
    case 'GET':
    case 'HEAD': {
      const bytes = store.get(libraryId, sha256);
      if (bytes === null) {
        reply(response, 404, 'No such blob in this library.');
        return true;
      }
      const headers = {
        ...CORS_HEADERS,
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(bytes.byteLength),
        'Cache-Control': 'private, max-age=31536000, immutable',
      };
      response.writeHead(200, headers);
      response.end(request.method === 'GET' ? bytes : undefined);
      return true;
    }
    default:
      reply(response, 405, 'Blobs accept GET, HEAD and PUT.', { Allow: 'GET, HEAD, PUT, OPTIONS' });
      return true;
  }
}
