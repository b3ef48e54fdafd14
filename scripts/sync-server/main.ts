// `npm run sync-server`: the optional Hocuspocus server that Lectern devices sync a library through (docs/sync.md).
import { readSyncConfig, SyncConfigError } from './config';

async function main(): Promise<void> {
  let config;
  try {
    config = readSyncConfig(process.env, process.cwd());
  } catch (error) {
    if (!(error instanceof SyncConfigError)) throw error;
    console.error(`lectern sync-server: ${error.message}`);
    process.exit(2);
  }
  // Loaded only once the settings are valid, so a bad value is reported without loading Hocuspocus and SQLite.
  const { startSyncServer } = await import('./server');
  const server = await startSyncServer(config);
  const redis = config.redisUrl === null ? 'no Redis (single instance)' : 'Redis shared with other instances';
  console.log(
    `lectern sync-server listening on ws://127.0.0.1:${server.port}, data in ${config.dataDir}, ${redis}`,
  );

  const shutDown = (signal: NodeJS.Signals): void => {
    console.log(`lectern sync-server: ${signal}, storing open documents and closing…`);
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('lectern sync-server: shutdown failed', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutDown);
  process.once('SIGTERM', shutDown);
}

main().catch((error: unknown) => {
  console.error('lectern sync-server: could not start', error);
  process.exit(1);
});
