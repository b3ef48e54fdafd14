import { Database as DatabaseExtension } from '@hocuspocus/extension-database';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import type { Extension } from '@hocuspocus/server';
import { Server } from '@hocuspocus/server';
import { MAX_UPDATE_BYTES } from '../../shared/sync';
import { checkDocumentAccess } from './auth';
import type { SyncServerConfig } from './config';
import { DEFAULT_MAX_BLOB_BYTES } from './config';
import { handleBlobRequest } from './blob-routes';
import { openBlobStore } from './blob-store';
import { openDocumentStore } from './document-store';
import { openSyncDatabase } from './sqlite-file';
import { redisOptionsFromUrl } from './redis-options';
import { logRedisErrors, redisReady } from './redis-ready';
import { checkUpdateSize } from './update-limit';

export interface SyncServerOptions extends Omit<SyncServerConfig, 'maxBlobBytes'> {
  /** DEFAULT_MAX_BLOB_BYTES unless set (LECTERN_SYNC_MAX_BLOB_MB). */
  maxBlobBytes?: number;
  /** Tests lower it; the app and the server agree on MAX_UPDATE_BYTES. */
  maxUpdateBytes?: number;
  /** Milliseconds of quiet before a changed document is written to SQLite (Hocuspocus' debounce). */
  storeDebounceMs?: number;
}

export interface RunningSyncServer {
  port: number;
  stop(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';
/** ws drops a frame this far over the limit before buffering it; the exact check runs in beforeHandleMessage. */
const FRAME_OVERHEAD_BYTES = 64 * 1024;

export async function startSyncServer(options: SyncServerOptions): Promise<RunningSyncServer> {
  const maxUpdateBytes = options.maxUpdateBytes ?? MAX_UPDATE_BYTES;
  const db = openSyncDatabase(options.dataDir);
  const store = openDocumentStore(db);
  const blobs = openBlobStore(db);
  const extensions: Extension[] = [
    new DatabaseExtension({
      fetch: ({ documentName }) => Promise.resolve(store.fetch(documentName)),
      store: ({ documentName, state }) => Promise.resolve(store.store(documentName, state)),
    }),
  ];
  if (options.redisUrl !== null) {
    const redis = new RedisExtension(redisOptionsFromUrl(options.redisUrl));
    logRedisErrors(redis.pub, 'publish');
    logRedisErrors(redis.sub, 'subscribe');
    try {
      await Promise.all([redisReady(redis.pub, 'publish'), redisReady(redis.sub, 'subscribe')]);
    } catch (error) {
      redis.pub.disconnect();
      redis.sub.disconnect();
      db.close();
      throw error;
    }
    extensions.push(redis);
  }

  const server = new Server(
    {
      port: options.port,
      address: LOOPBACK,
      quiet: true,
      stopOnSignals: false,
      debounce: options.storeDebounceMs ?? 2000,
      extensions,
      onAuthenticate: ({ documentName, token }) => Promise.resolve(checkDocumentAccess(documentName, token)),
      onRequest: async ({ request, response }) => {
        if (
          !(await handleBlobRequest(request, response, blobs, options.maxBlobBytes ?? DEFAULT_MAX_BLOB_BYTES))
        )
          return;
        // An empty rejection is Hocuspocus' way to say "answered": it then skips its default reply.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        return Promise.reject();
      },
      beforeHandleMessage: ({ documentName, update }) =>
        Promise.resolve(checkUpdateSize(documentName, update, maxUpdateBytes)),
    },
    { maxPayload: maxUpdateBytes + FRAME_OVERHEAD_BYTES },
  );
  try {
    await server.listen();
  } catch (error) {
    db.close();
    throw error;
  }

  let stopped: Promise<void> | null = null;
  return {
    port: server.address.port,
    // Closing connections unloads every document, which stores it; only then is SQLite closed.
    stop: () =>
      (stopped ??= server.destroy().then(() => {
        db.close();
      })),
  };
}
