import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SyncServerProcess {
  port: number;
  address: string;
  stop(): Promise<void>;
}

const ROOT = join(__dirname, '../../..');
const START_TIMEOUT_MS = 60_000;

/** Starts `npm run sync-server`'s entry on a port with a fresh data folder, as a user would, and waits until it listens. */
export async function startSyncServerProcess(port: number): Promise<SyncServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lectern-sync-e2e-'));
  const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/sync-server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, LECTERN_SYNC_PORT: String(port), LECTERN_SYNC_DATA: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The sync server did not start:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The sync server exited with ${code}:\n${output}`));
    });
  });
  return {
    port,
    address: `ws://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
