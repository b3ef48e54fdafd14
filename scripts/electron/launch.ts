/**
 * `npm start` and `npm run dev`: get the Electron binary first (a clear one-line failure when
 * it cannot be downloaded), then let electron-vite build and run the app with it.
 * electron-vite launches whatever ELECTRON_EXEC_PATH names instead of reading path.txt itself.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { resolveElectronBinary } from './electron-binary';

const COMMANDS = { start: ['preview'], dev: ['dev'] } as const;
type Mode = keyof typeof COMMANDS;

const root = resolve(import.meta.dirname, '../..');
const mode = process.argv[2];

function isMode(value: string | undefined): value is Mode {
  return value === 'start' || value === 'dev';
}

async function main(): Promise<void> {
  if (!isMode(mode)) {
    console.error('Usage: tsx scripts/electron/launch.ts start|dev');
    process.exit(2);
  }
  const binary = await resolveElectronBinary(resolve(root, 'node_modules/electron'), () =>
    console.log('Downloading the Electron binary (first run only)…'),
  );
  if (!binary.ok) {
    console.error(binary.message);
    process.exit(1);
  }
  // `electron-vite preview` builds, then runs the binary on the app folder, whose package.json
  // main is the built entry (out/main/index.js).
  const child = spawn(
    process.execPath,
    [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), ...COMMANDS[mode], ...process.argv.slice(3)],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ELECTRON_EXEC_PATH: binary.path } },
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

void main();
