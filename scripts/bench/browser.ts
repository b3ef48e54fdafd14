import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chromium, type BrowserContext } from '@playwright/test';

export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 4399);
export const BENCH_ORIGIN = `http://127.0.0.1:${BENCH_PORT}`;

const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  // performance.memory unrounded and read afresh each time, and gc() on the page, for heap rows.
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

/** Builds the web app and the bench pages into out/web (one origin, so they share IndexedDB). */
export function buildPages(): void {
  for (const config of ['vite.web.config.ts', 'vite.bench.config.ts']) {
    const result = spawnSync('npx', ['vite', 'build', '-c', config, '--logLevel', 'warn'], { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`vite build -c ${config} failed`);
  }
}

export async function startServer(): Promise<ChildProcess> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '-c', 'vite.web.config.ts', '--port', String(BENCH_PORT), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(BENCH_ORIGIN)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stopServer(server);
  throw new Error(`The preview server did not start on ${BENCH_ORIGIN}`);
}

export function stopServer(server: ChildProcess): void {
  if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
}

/** A fresh browser process on a kept profile: what a user's restart of the app looks like. */
export function launch(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
}
