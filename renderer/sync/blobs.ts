import { bytesToHex } from '@noble/hashes/utils.js';
import { libraryIdForToken } from '../../shared/sync';
import { TOKEN_REFUSED_MESSAGE } from './sync-state';

/** Where a library's blobs live: the server's HTTP address (parseServerAddress' httpUrl) and the token. */
export interface BlobServer {
  httpUrl: string;
  token: string;
}

export class BlobTransferError extends Error {
  override readonly name = 'BlobTransferError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return bytesToHex(new Uint8Array(digest));
}

function blobUrl(server: BlobServer, sha256: string): string {
  return `${server.httpUrl}/blobs/${libraryIdForToken(server.token)}/${sha256}`;
}

/**
 * Every blob request is idempotent (a PUT names its content), so a request that failed on the network is sent once
 * more: a kept-alive connection to a server that restarted fails once before a fresh one is opened.
 */
async function fetchWithRetry(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

async function failure(response: Response, what: string): Promise<BlobTransferError> {
  if (response.status === 401 || response.status === 403) {
    return new BlobTransferError(TOKEN_REFUSED_MESSAGE, response.status);
  }
  const detail = (await response.text()).slice(0, 300);
  return new BlobTransferError(`Could not ${what} (HTTP ${response.status}): ${detail}`, response.status);
}

/** Uploads a blob under its SHA-256; storing one the server already holds is a no-op. Returns the hash. */
export async function putBlob(server: BlobServer, bytes: Uint8Array): Promise<string> {
  const sha256 = await sha256Hex(bytes);
  const response = await fetchWithRetry(blobUrl(server, sha256), {
    method: 'PUT',
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/octet-stream' },
    body: bytes as Uint8Array<ArrayBuffer>,
  });
  if (!response.ok) throw await failure(response, 'upload the file');
  return sha256;
}

/** The blob's bytes, or null when the server does not hold it; bytes that do not match their hash are refused. */
export async function getBlob(server: BlobServer, sha256: string): Promise<Uint8Array | null> {
  const response = await fetchWithRetry(blobUrl(server, sha256), {
    headers: { Authorization: `Bearer ${server.token}` },
  });
  if (response.status === 404) return null;
  if (!response.ok) throw await failure(response, 'download the file');
  const bytes = new Uint8Array(await response.arrayBuffer());
  if ((await sha256Hex(bytes)) !== sha256) {
    throw new BlobTransferError(`The server sent other bytes than the file ${sha256}.`, response.status);
  }
  return bytes;
}

export async function hasBlob(server: BlobServer, sha256: string): Promise<boolean> {
  const response = await fetchWithRetry(blobUrl(server, sha256), {
    method: 'HEAD',
    headers: { Authorization: `Bearer ${server.token}` },
  });
  if (response.status === 404) return false;
  if (!response.ok) throw await failure(response, 'look up the file');
  return true;
}
