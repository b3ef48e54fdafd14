import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';
import { stopWithRunner } from './stop-with-runner';

export interface RedisProcess {
  /** The `redis://` URL to give LECTERN_SYNC_REDIS. */
  url: string;
  /** Stops Redis and deletes its working folder. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 15_000;
const POLL_MS = 100;

/** Whether Debian's `redis-server` (or any) is on PATH; .ci/run installs it. */
export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Answers true once Redis replies +PONG to a PING on the port. */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' }, () => socket.write('PING\r\n'));
    socket.setTimeout(1_000, () => socket.destroy());
    socket.once('data', (reply) => {
      socket.end();
      resolve(reply.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('close', () => resolve(false));
  });
}

/**
 * Starts a throwaway redis-server on a free loopback port, in a temporary folder, keeping nothing on disk
 * (`--save '' --appendonly no`), and waits until it answers.
 */
export async function startRedisProcess(): Promise<RedisProcess> {
  const port = await freePort();
  const workDir = mkdtempSync(join(tmpdir(), 'lectern-redis-e2e-'));
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', workDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  stopWithRunner(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(workDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await answersPing(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`redis-server did not start on port ${port}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return { url: `redis://127.0.0.1:${port}`, stop };
}
