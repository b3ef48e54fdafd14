import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { createConnection } from 'node:net';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createLibraryToken, documentName, libraryIdForToken } from '../../../shared/sync';
import type { RunningSyncServer } from '../../../scripts/sync-server/server';
import { startSyncServer } from '../../../scripts/sync-server/server';
import type { TestClient } from './support';
import { connectClient, freePort, makeTempDir, REDIS_TEST_PORTS, waitFor } from './support';

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

function redisAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' }, () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const title = hasRedis
  ? 'two sync servers sharing Redis'
  : 'two sync servers sharing Redis (skipped: redis-server is not on PATH)';

describe.skipIf(!hasRedis)(title, () => {
  let redis: ChildProcess;
  let redisPort: number;
  const dataDir = makeTempDir();
  const servers: RunningSyncServer[] = [];
  const clients: TestClient[] = [];

  beforeAll(async () => {
    redisPort = await freePort(REDIS_TEST_PORTS);
    redis = spawn(
      'redis-server',
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    let up = false;
    for (let attempt = 0; attempt < 100 && !up; attempt += 1) {
      up = await redisAnswers(redisPort);
      if (!up) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!up) throw new Error('redis-server did not start.');
    for (let index = 0; index < 2; index += 1) {
      servers.push(
        await startSyncServer({
          port: await freePort(REDIS_TEST_PORTS),
          dataDir: dataDir.path,
          redisUrl: `redis://127.0.0.1:${redisPort}`,
          storeDebounceMs: 50,
        }),
      );
    }
  }, 30_000);

  afterAll(async () => {
    for (const client of clients) client.close();
    for (const server of servers) await server.stop();
    redis?.kill('SIGTERM');
    dataDir.remove();
  });

  it('lets clients on different instances converge', async () => {
    const token = createLibraryToken();
    const name = documentName({ libraryId: libraryIdForToken(token), kind: 'rows', shard: 7 });
    const [first, second] = servers;
    if (first === undefined || second === undefined) throw new Error('Both servers should be running.');
    const onFirst = connectClient(first.port, name, token);
    const onSecond = connectClient(second.port, name, token);
    clients.push(onFirst, onSecond);
    await Promise.all([onFirst.synced, onSecond.synced]);

    onFirst.doc.getMap('status').set('a1', 'read');
    onSecond.doc.getMap('status').set('a2', 'skimmed');

    const converged = (client: TestClient): boolean =>
      client.doc.getMap('status').get('a1') === 'read' && client.doc.getMap('status').get('a2') === 'skimmed';
    await waitFor(
      () => converged(onFirst) && converged(onSecond),
      'both clients to see both changes',
      10_000,
    );
  });
});
