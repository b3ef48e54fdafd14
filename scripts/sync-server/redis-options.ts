import type { Configuration as RedisConfiguration } from '@hocuspocus/extension-redis';

/** Turns a redis:// URL into the Hocuspocus Redis extension's host, port and connection options. */
export function redisOptionsFromUrl(redisUrl: string): Partial<RedisConfiguration> {
  const url = new URL(redisUrl);
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0;
  return {
    host: url.hostname,
    port: url.port === '' ? 6379 : Number(url.port),
    prefix: 'lectern-sync',
    options: {
      username: url.username === '' ? undefined : decodeURIComponent(url.username),
      password: url.password === '' ? undefined : decodeURIComponent(url.password),
      db: Number.isInteger(db) ? db : 0,
      tls: url.protocol === 'rediss:' ? {} : undefined,
    },
  };
}
