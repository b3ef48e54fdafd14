import WebSocket from 'ws';
import type { RunningSyncServer } from '../../../scripts/sync-server/server';
import { startSyncServer } from '../../../scripts/sync-server/server';
import { freePort, makeTempDir, releasePort } from './support';

/**
 * A real sync server on a temporary data folder, for tests of the app's sync client (tests/unit/renderer/sync/), which
 * reach it through node-side.ts because the web project carries no Node types.
 */
export interface TestServer {
  readonly port: number;
  readonly websocketUrl: string;
  readonly httpUrl: string;
  /** Stops and starts the server on the same port and data folder. */
  restart(): Promise<void>;
  /** Stops the server and removes its data folder. */
  dispose(): Promise<void>;
}

export interface TestServerOptions {
  ports: { first: number; last: number };
  maxBlobBytes?: number;
}

export const NodeWebSocket = WebSocket;

export async function startTestServer(options: TestServerOptions): Promise<TestServer> {
  const dataDir = makeTempDir();
  const port = await freePort(options.ports);
  const start = (): Promise<RunningSyncServer> =>
    startSyncServer({
      port,
      dataDir: dataDir.path,
      redisUrl: null,
      storeDebounceMs: 50,
      maxBlobBytes: options.maxBlobBytes,
    });
  let server = await start();
  return {
    port,
    websocketUrl: `ws://127.0.0.1:${port}`,
    httpUrl: `http://127.0.0.1:${port}`,
    restart: async () => {
      await server.stop();
      server = await start();
    },
    dispose: async () => {
      await server.stop();
      releasePort(port);
      dataDir.remove();
    },
  };
}
