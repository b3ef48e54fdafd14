import type { RedisInstance } from '@hocuspocus/extension-redis';

const READY_TIMEOUT_MS = 10_000;

/**
 * Waits until a Redis connection passed its ready check. The Redis extension subscribes as soon as a document loads;
 * a SUBSCRIBE sent before the subscriber connection is ready makes ioredis' ready check fail, and that instance then
 * never hears the others. So the server listens only once both connections are ready.
 */
export function redisReady(connection: RedisInstance, role: string): Promise<void> {
  if (connection.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      connection.off('ready', onReady);
      reject(new Error(`Redis (${role} connection) was not ready within ${READY_TIMEOUT_MS / 1000} s.`));
    }, READY_TIMEOUT_MS);
    const onReady = (): void => {
      clearTimeout(timer);
      resolve();
    };
    connection.once('ready', onReady);
  });
}

/** ioredis reports connection trouble as 'error' events; log one line (never the URL, which may hold a password). */
export function logRedisErrors(connection: RedisInstance, role: string): void {
  connection.on('error', (error: Error) =>
    console.error(`lectern sync-server: Redis ${role} connection: ${error.message}`),
  );
}
