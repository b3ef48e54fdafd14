import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createLibraryToken, documentName, libraryIdForToken } from '../../../../shared/sync';
import { connectLibrary, type LibraryConnection } from '../../../../renderer/sync/connection';
import type { WebSocketClass } from '../../../../renderer/sync/guarded-websocket';
import type { ConnectionSnapshot } from '../../../../renderer/sync/sync-state';
import { loadNodeSide, type TestServer } from './node-side';

/** This file's share of the sync connection's test ports (4480–4489). */
const CONNECTION_TEST_PORTS = { first: 4485, last: 4489 };

let server: TestServer;
let NodeWebSocket: WebSocketClass;
let connections: LibraryConnection[] = [];

beforeAll(async () => {
  const nodeSide = await loadNodeSide();
  NodeWebSocket = nodeSide.NodeWebSocket;
  server = await nodeSide.startTestServer({ ports: CONNECTION_TEST_PORTS });
});

afterEach(() => {
  for (const connection of connections) connection.disconnect();
  connections = [];
});

afterAll(async () => {
  await server.dispose();
});

/** Polls until check passes, so tests wait for remote changes without fixed sleeps. */
async function waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function libraryDocs(token: string, shards = 2): Map<string, Y.Doc> {
  const libraryId = libraryIdForToken(token);
  const docs = new Map<string, Y.Doc>([[documentName({ libraryId, kind: 'meta' }), new Y.Doc()]]);
  for (let shard = 0; shard < shards; shard += 1) {
    docs.set(documentName({ libraryId, kind: 'rows', shard }), new Y.Doc());
  }
  return docs;
}

function connect(
  token: string,
  docs: Map<string, Y.Doc>,
  extra: Partial<Parameters<typeof connectLibrary>[0]> = {},
) {
  const connection = connectLibrary({
    serverUrl: server.websocketUrl,
    token,
    docs,
    WebSocketPolyfill: NodeWebSocket,
    ...extra,
  });
  connections.push(connection);
  return connection;
}

function waitForSnapshot(
  connection: LibraryConnection,
  check: (snapshot: ConnectionSnapshot) => boolean,
  what: string,
): Promise<void> {
  return waitFor(() => check(connection.snapshot()), what);
}

function firstShard(docs: Map<string, Y.Doc>): Y.Doc {
  const [, doc] = [...docs][1] ?? [];
  if (doc === undefined) throw new Error('A library has shards.');
  return doc;
}

describe('connectLibrary', () => {
  it('syncs every document over one socket and reads Connected, with a last synced time', async () => {
    const token = createLibraryToken();
    const first = libraryDocs(token);
    const second = libraryDocs(token);
    const sockets: string[] = [];
    class CountingWebSocket extends NodeWebSocket {
      constructor(url: string) {
        super(url);
        sockets.push(url);
      }
    }
    const a = connect(token, first, { WebSocketPolyfill: CountingWebSocket, now: () => 1234 });
    const b = connect(token, second);
    await waitForSnapshot(a, (snapshot) => snapshot.state.kind === 'connected', 'A to connect');
    await waitForSnapshot(b, (snapshot) => snapshot.state.kind === 'connected', 'B to connect');
    expect(sockets).toEqual([server.websocketUrl]);
    expect(a.snapshot().lastSyncedAt).toBe(1234);

    firstShard(first).getMap('status').set('a_1', 'read');
    await waitFor(() => firstShard(second).getMap('status').get('a_1') === 'read', 'B to see A’s change');
    await waitForSnapshot(a, (snapshot) => snapshot.state.kind === 'connected', 'A to be acknowledged');
  });

  it('says the server refused the token, and stops', async () => {
    const token = createLibraryToken();
    // Documents of one library, offered with the token of another.
    const connection = connect(createLibraryToken(), libraryDocs(token));
    await waitForSnapshot(connection, (snapshot) => snapshot.error !== null, 'the refusal');
    expect(connection.snapshot()).toMatchObject({
      state: { kind: 'offline' },
      error: 'The server refused this library token.',
      lastSyncedAt: null,
    });
  });

  it('shows the other devices of the library, not itself', async () => {
    const token = createLibraryToken();
    const laptop = connect(token, libraryDocs(token), { device: { id: 'laptop', name: 'Laptop' } });
    connect(token, libraryDocs(token), { device: { id: 'desktop', name: 'Desktop' } });
    await waitForSnapshot(laptop, (snapshot) => snapshot.devices.length > 0, 'the laptop to see the desktop');
    expect(laptop.snapshot().devices).toEqual([{ id: 'desktop', name: 'Desktop' }]);
  });

  it('refuses a message from the server over the limit without applying it', async () => {
    const token = createLibraryToken();
    const writerDocs = libraryDocs(token);
    const writer = connect(token, writerDocs);
    await waitForSnapshot(writer, (snapshot) => snapshot.state.kind === 'connected', 'the writer to connect');
    firstShard(writerDocs).getText('note').insert(0, 'x'.repeat(20_000));
    await waitForSnapshot(
      writer,
      (snapshot) => snapshot.state.kind === 'connected',
      'the server to store it',
    );

    const readerDocs = libraryDocs(token);
    const reader = connect(token, readerDocs, { maxMessageBytes: 10_000 });
    await waitForSnapshot(reader, (snapshot) => snapshot.error !== null, 'the reader to refuse the message');
    expect(reader.snapshot().error).toMatch(/over the 10000-byte limit; it was refused/);
    expect(reader.snapshot().state.kind).toBe('offline');
    expect(firstShard(readerDocs).getText('note').length).toBe(0);
  });

  it('is offline once disconnected', async () => {
    const token = createLibraryToken();
    const connection = connect(token, libraryDocs(token));
    await waitForSnapshot(connection, (snapshot) => snapshot.state.kind === 'connected', 'the connection');
    connection.disconnect();
    expect(connection.snapshot().state.kind).toBe('offline');
    expect(connection.snapshot().error).toBeNull();
  });
});
