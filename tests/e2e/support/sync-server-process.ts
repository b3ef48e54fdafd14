import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopWithRunner } from './stop-with-runner';

export interface SyncServerProcessOptions {
  /** A data folder the caller owns (instances sharing one); without it a fresh one, which stop() deletes. */
  dataDir?: string;
  /** LECTERN_SYNC_REDIS: the Redis that instances relay updates through. */
  redisUrl?: string;
}

export interface SyncServerProcess {
  port: number;
  address: string;
  /** Stops the server and deletes its data folder unless the caller gave it. */
  stop(): Promise<void>;
  /** Stops the server (SIGTERM, as a user's Ctrl+C) and keeps its data folder, for a restart. */
  halt(): Promise<void>;
  /** Kills the server outright (SIGKILL, as a crash or a power cut: nothing pending is saved) and keeps its data folder. */
  kill(): Promise<void>;
  /** Starts it again on the same port and data folder. */
  restart(): Promise<void>;
}

const ROOT = join(__dirname, '../../..');
const START_TIMEOUT_MS = 60_000;

/** Starts `npm run sync-server`'s entry on a port, as a user would, and waits until it listens. */
export async function startSyncServerProcess(
  port: number,
  options: SyncServerProcessOptions = {},
): Promise<SyncServerProcess> {
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'lectern-sync-e2e-'));
  const env: NodeJS.ProcessEnv = { LECTERN_SYNC_PORT: String(port), LECTERN_SYNC_DATA: dataDir };
  if (options.redisUrl !== undefined) env.LECTERN_SYNC_REDIS = options.redisUrl;
  let child = await spawnServer(env);
  const end = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  };
  const halt = (): Promise<void> => end('SIGTERM');
  return {
    port,
    address: `ws://127.0.0.1:${port}`,
    halt,
    kill: () => end('SIGKILL'),
    restart: async () => {
      await halt();
      child = await spawnServer(env);
    },
    stop: async () => {
      await halt();
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function spawnServer(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  // Node itself with tsx as its loader, not the tsx wrapper: a signal then reaches the server, SIGKILL included.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/sync-server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  stopWithRunner(child);
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`The sync server did not start:\n${output}`));
    }, START_TIMEOUT_MS);
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
