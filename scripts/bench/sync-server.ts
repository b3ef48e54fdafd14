import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BENCH_SYNC_PORT = Number(process.env.BENCH_SYNC_PORT ?? 4398);

export interface BenchSyncServer {
  address: string;
  /** The server process's resident memory now (VmRSS) and its peak so far (VmHWM), in bytes. */
  memory(): { rssBytes: number; peakBytes: number };
  /** Stops it (SIGTERM, as Ctrl+C) and removes its data folder. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;

/** A `/proc/<pid>/status` field in kB, as bytes. */
function statusBytes(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
  if (match?.[1] === undefined) throw new Error(`No ${field} in /proc status.`);
  return Number(match[1]) * 1024;
}

function waitForListening(child: ChildProcess): Promise<void> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The sync server did not start:\n${output}`)), START_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The sync server exited with ${code}:\n${output}`));
    });
  });
}

/**
 * `npm run sync-server`'s entry on a fresh data folder. Node itself runs it (tsx as a loader, not its CLI, which
 * would put a wrapper process in between), so the process whose memory is read is the server.
 */
export async function startBenchSyncServer(): Promise<BenchSyncServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lectern-bench-sync-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/sync-server/main.ts'], {
    env: { ...process.env, LECTERN_SYNC_PORT: String(BENCH_SYNC_PORT), LECTERN_SYNC_DATA: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    await waitForListening(child);
  } catch (error) {
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    address: `ws://127.0.0.1:${BENCH_SYNC_PORT}`,
    memory: () => {
      const status = readFileSync(`/proc/${child.pid ?? 0}/status`, 'utf8');
      return { rssBytes: statusBytes(status, 'VmRSS'), peakBytes: statusBytes(status, 'VmHWM') };
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
