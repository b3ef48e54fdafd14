import { test } from './app-test';
import { freePort } from './free-port';
import { startSyncServerProcess, type SyncServerProcess } from './sync-server-process';

/** One sync server for a spec file's tests, on a port the system hands out; the returned function gives it. */
export function syncServerForThisFile(): () => SyncServerProcess {
  let server: SyncServerProcess | undefined;
  test.beforeAll(async () => {
    server = await startSyncServerProcess(await freePort());
  });
  test.afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (server === undefined) throw new Error('The sync server has not started.');
    return server;
  };
}
