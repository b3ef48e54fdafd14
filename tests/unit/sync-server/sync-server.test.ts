import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLibraryToken, documentName, libraryIdForToken } from '../../../shared/sync';
import type { RunningSyncServer, SyncServerOptions } from '../../../scripts/sync-server/server';
import { startSyncServer } from '../../../scripts/sync-server/server';
import type { TestClient } from './support';
import { authMessage, sendRawMessages, syncStep2Message } from './raw-protocol';
import {
  allChangesSent,
  connectClient,
  freePort,
  makeTempDir,
  releasePort,
  SERVER_TEST_PORTS,
  waitFor,
} from './support';

const token = createLibraryToken();
const metaDoc = documentName({ libraryId: libraryIdForToken(token), kind: 'meta' });

let dataDir: ReturnType<typeof makeTempDir>;
let servers: RunningSyncServer[] = [];
let clients: TestClient[] = [];

async function start(overrides: Partial<SyncServerOptions> = {}): Promise<RunningSyncServer> {
  const port = await freePort(SERVER_TEST_PORTS);
  const server = await startSyncServer({
    port,
    dataDir: dataDir.path,
    redisUrl: null,
    storeDebounceMs: 50,
    ...overrides,
  });
  servers.push(server);
  return server;
}

async function stop(server: RunningSyncServer): Promise<void> {
  await server.stop();
  releasePort(server.port);
  servers = servers.filter((running) => running !== server);
}

function client(port: number, name = metaDoc, withToken = token): TestClient {
  const connected = connectClient(port, name, withToken);
  clients.push(connected);
  return connected;
}

beforeEach(() => {
  dataDir = makeTempDir();
});

afterEach(async () => {
  for (const connected of clients) connected.close();
  clients = [];
  for (const server of [...servers]) await stop(server);
  dataDir.remove();
});

/** A client that has written `title` and knows the server holds it. */
async function titleWriter(port: number, title: string): Promise<TestClient> {
  const writer = client(port);
  await writer.synced;
  writer.doc.getText('title').insert(0, title);
  await allChangesSent(writer);
  return writer;
}

describe('sync server', () => {
  it('carries a change from one client with the token to another', async () => {
    const server = await start();
    const writer = client(server.port);
    const reader = client(server.port);
    await Promise.all([writer.synced, reader.synced]);

    writer.doc.getMap('tags').set('t1', 'method');

    await waitFor(() => reader.doc.getMap('tags').get('t1') === 'method', 'the reader to see the tag');
  });

  it('stores open documents on shutdown and keeps them in SQLite across a restart', async () => {
    const first = await start();
    const writer = await titleWriter(first.port, 'Survives restarts');
    // Stopped with the writer still connected: shutting down must store the open document.
    await stop(first);
    writer.close();

    const second = await start();
    const reader = client(second.port);
    await reader.synced;

    expect(reader.doc.getText('title').toJSON()).toBe('Survives restarts');
  });

  it('gives a wrong token nothing', async () => {
    const server = await start();
    const owner = client(server.port);
    await owner.synced;
    owner.doc.getMap('tags').set('t1', 'secret');
    await allChangesSent(owner);

    const intruder = client(server.port, metaDoc, createLibraryToken());
    const malformed = client(server.port, metaDoc, 'not-a-token');

    expect(await intruder.refused).toBe('permission-denied');
    expect(await malformed.refused).toBe('permission-denied');
    expect(intruder.doc.getMap('tags').size).toBe(0);
    expect(malformed.doc.getMap('tags').size).toBe(0);
  });

  it('refuses an oversized update and keeps the stored document intact', async () => {
    const server = await start({ maxUpdateBytes: 16 * 1024 });
    const writer = await titleWriter(server.port, 'Small and safe');

    const flooder = client(server.port);
    await flooder.synced;
    flooder.doc.getText('title').insert(0, 'x'.repeat(64 * 1024));
    await waitFor(() => flooder.closeReasons.includes('update-too-large'), 'the server to refuse the update');
    flooder.close();

    const reader = client(server.port);
    await reader.synced;
    expect(reader.doc.getText('title').toJSON()).toBe('Small and safe');
    expect(writer.doc.getText('title').toJSON()).toBe('Small and safe');
  });

  it('survives a malformed update without damage', async () => {
    const server = await start();
    const writer = await titleWriter(server.port, 'Intact');

    await sendRawMessages(server.port, [
      authMessage(metaDoc, token),
      syncStep2Message(metaDoc, new Uint8Array(24).fill(0xff)),
    ]);

    const reader = client(server.port);
    await reader.synced;
    expect(reader.doc.getText('title').toJSON()).toBe('Intact');
    writer.doc.getText('title').insert(6, ' and alive');
    await waitFor(
      () => reader.doc.getText('title').toJSON() === 'Intact and alive',
      'the server to keep relaying',
    );
  });

  it('refuses a document name outside the protocol even with a valid token', async () => {
    const server = await start();
    const stray = client(server.port, 'someone-else/meta');
    expect(await stray.refused).toBe('permission-denied');
  });
});
