import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLibraryToken, libraryIdForToken } from '../../../../shared/sync';
import { getBlob, hasBlob, putBlob, type BlobServer } from '../../../../renderer/sync/blobs';
import { loadNodeSide, type TestServer } from './node-side';

/** This file's share of the sync connection's test ports (4480–4489). */
const BLOB_TEST_PORTS = { first: 4480, last: 4484 };
const MAX_BLOB_BYTES = 64 * 1024;

let server: TestServer;
let blobs: BlobServer;
/** A fresh library per test, so tests share one server and never see each other's blobs. */
let token: string;

/** An implementation independent of the one under test. */
function sha256(bytes: Uint8Array): string {
  return bytesToHex(nobleSha256(bytes));
}

function rawPut(hash: string, body: Uint8Array, bearer = token): Promise<Response> {
  return fetch(`${server.httpUrl}/blobs/${libraryIdForToken(token)}/${hash}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${bearer}` },
    body: body as Uint8Array<ArrayBuffer>,
  });
}

beforeAll(async () => {
  const nodeSide = await loadNodeSide();
  server = await nodeSide.startTestServer({ ports: BLOB_TEST_PORTS, maxBlobBytes: MAX_BLOB_BYTES });
});

beforeEach(() => {
  token = createLibraryToken();
  blobs = { httpUrl: server.httpUrl, token };
});

afterAll(async () => {
  await server.dispose();
});

describe('sync server blob endpoints', () => {
  it('stores a blob under its SHA-256 and gives the same bytes back', async () => {
    const bytes = new TextEncoder().encode('TY  - JOUR\nTI  - A capture\nER  - \n');
    const hash = await putBlob(blobs, bytes);
    expect(hash).toBe(sha256(bytes));
    expect(await hasBlob(blobs, hash)).toBe(true);
    expect(await getBlob(blobs, hash)).toEqual(bytes);
    expect(await getBlob(blobs, sha256(new Uint8Array([1])))).toBeNull();
    expect(await hasBlob(blobs, sha256(new Uint8Array([1])))).toBe(false);
  });

  it('treats a second upload of the same blob as a no-op', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect((await rawPut(sha256(bytes), bytes)).status).toBe(201);
    expect((await rawPut(sha256(bytes), bytes)).status).toBe(204);
    expect(await getBlob(blobs, sha256(bytes))).toEqual(bytes);
  });

  it('refuses another library token with 403 and no token with 401, storing nothing', async () => {
    const bytes = new Uint8Array([4, 5, 6]);
    const wrong = createLibraryToken();
    const address = `${blobs.httpUrl}/blobs/${libraryIdForToken(token)}/${sha256(bytes)}`;
    expect((await rawPut(sha256(bytes), bytes, wrong)).status).toBe(403);
    expect((await fetch(address, { headers: { Authorization: `Bearer ${wrong}` } })).status).toBe(403);
    expect((await fetch(address)).status).toBe(401);
    expect(await hasBlob(blobs, sha256(bytes))).toBe(false);

    await putBlob(blobs, bytes);
    // The other token opens its own library, which does not hold this library's blob.
    expect(await getBlob({ ...blobs, token: wrong }, sha256(bytes))).toBeNull();
  });

  it('refuses a body whose hash is not its address with 400', async () => {
    const response = await rawPut(sha256(new Uint8Array([7])), new Uint8Array([8]));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/SHA-256 is [0-9a-f]{64}, not the/);
    expect(await hasBlob(blobs, sha256(new Uint8Array([7])))).toBe(false);
  });

  it('refuses a blob over the size limit with 413', async () => {
    const bytes = new Uint8Array(MAX_BLOB_BYTES + 1).fill(9);
    expect((await rawPut(sha256(bytes), bytes)).status).toBe(413);
    expect(await hasBlob(blobs, sha256(bytes))).toBe(false);
    const atLimit = new Uint8Array(MAX_BLOB_BYTES).fill(9);
    expect((await rawPut(sha256(atLimit), atLimit)).status).toBe(201);
  });

  it('answers the CORS preflight the app sends from its own origin', async () => {
    const response = await fetch(
      `${blobs.httpUrl}/blobs/${libraryIdForToken(token)}/${sha256(new Uint8Array())}`,
      {
        method: 'OPTIONS',
        headers: { Origin: 'app://lectern', 'Access-Control-Request-Method': 'PUT' },
      },
    );
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toContain('Authorization');
  });

  it('keeps blobs across a restart', async () => {
    const bytes = new TextEncoder().encode('kept on disk');
    const hash = await putBlob(blobs, bytes);
    await server.restart();
    expect(await getBlob(blobs, hash)).toEqual(bytes);
  });
});
