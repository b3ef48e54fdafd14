import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SyncServerProcess {
  port: number;
  address: string;
  /** Stops the server and deletes its data folder. */
  stop(): Promise<void>;
  /** Stops the server (SIGTERM, as a user's Ctrl+C) and keeps its data folder, for a restart. */
  halt(): Promise<void>;
  /** Starts it again on the same port and data folder. */
  restart(): Promise<void>;
}

const ROOT = join(__dirname, '../../..');
const START_TIMEOUT_MS = 60_000;

/** Starts `npm run sync-server`'s entry on a port with a fresh data folder, as a user would, and waits until it listens. */
export async function startSyncServerProcess(port: number): Promise<SyncServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lectern-sync-e2e-'));
  let child = await spawnServer(port, dataDir);
  const halt = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  return {
    port,
    address: `ws://127.0.0.1:${port}`,
    halt,
    restart: async () => {
      await halt();
      child = await spawnServer(port, dataDir);
    },
    stop: async () => {
      await halt();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function spawnServer(port: number, dataDir: string): Promise<ChildProcess> {
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
  return child;
}
