/**
 * `npm start` and `npm run dev` run for real: a stand-in Electron binary, given through
 * ELECTRON_OVERRIDE_DIST_PATH, records how it was launched; without it, an impossible download
 * must end in one clear line.
 */
import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { downloadCause, isElectronInstalled } from '../../../scripts/electron/electron-binary';

const root = resolve(import.meta.dirname, '../../..');
const posix = process.platform !== 'win32';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-launch-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function npm(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn('npm', args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** An `electron` that writes its working folder, the dev-server URL and its arguments, then exits. */
async function standInElectron(): Promise<string> {
  const binDir = join(dir, 'electron-dist');
  await mkdir(binDir);
  const record = join(dir, 'launched.txt');
  await writeFile(
    join(binDir, 'electron'),
    `#!/bin/sh\nprintf '%s\\n' "$PWD" "$ELECTRON_RENDERER_URL" "$@" > '${record}'\nexit 0\n`,
  );
  await chmod(join(binDir, 'electron'), 0o755);
  return binDir;
}

async function launched(): Promise<{ cwd: string; rendererUrl: string; args: string[] }> {
  const [cwd = '', rendererUrl = '', ...args] = (await readFile(join(dir, 'launched.txt'), 'utf8'))
    .replace(/\n$/, '')
    .split('\n');
  return { cwd, rendererUrl, args };
}

/** The built main entry the app folder's package.json names. */
async function mainEntryOf(appDir: string): Promise<string> {
  const pkg = JSON.parse(await readFile(join(appDir, 'package.json'), 'utf8')) as { main: string };
  return resolve(appDir, pkg.main);
}

describe.skipIf(!posix)('npm start and npm run dev', () => {
  it('npm start builds the app, then launches the binary from ELECTRON_OVERRIDE_DIST_PATH on the built entry', async () => {
    const startedAt = Date.now();
    const binDir = await standInElectron();
    const run = await npm(['start'], { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: binDir });

    expect(run.code, run.stderr).toBe(0);
    const { cwd, args } = await launched();
    expect(args).toEqual(['.']);
    const entry = await mainEntryOf(resolve(cwd, args[0] ?? ''));
    expect(entry).toBe(join(root, 'out/main/index.js'));
    // Built by this run, not left over from an earlier one.
    expect((await stat(entry)).mtimeMs).toBeGreaterThanOrEqual(startedAt - 1000);
  }, 60_000);

  it('npm run dev launches the binary on the app with the renderer dev server’s URL', async () => {
    const binDir = await standInElectron();
    const run = await npm(['run', 'dev'], { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: binDir });

    expect(run.code, run.stderr).toBe(0);
    const { cwd, rendererUrl, args } = await launched();
    expect(args).toEqual(['.']);
    expect(await mainEntryOf(resolve(cwd, args[0] ?? ''))).toBe(join(root, 'out/main/index.js'));
    expect(rendererUrl).toMatch(/^http:\/\/localhost:\d+$/);
  }, 60_000);

  const installed = isElectronInstalled(join(root, 'node_modules/electron'));
  it.skipIf(installed)(
    'npm start without a binary and without network fails with one line naming the cause and `npm run web`',
    async () => {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        // Nothing listens on the discard port, and the download cache is empty: the download must fail.
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: join(dir, 'cache'),
      };
      delete env['ELECTRON_OVERRIDE_DIST_PATH'];
      // A mirror set through npm's config would be read before ELECTRON_MIRROR.
      for (const name of Object.keys(env))
        if (/^npm_(package_)?config_electron_/i.test(name)) delete env[name];
      const run = await npm(['start'], env);

      expect(run.code).not.toBe(0);
      const lines = run.stderr.split('\n').filter((line) => line.trim() !== '');
      expect(lines).toEqual([
        'Lectern could not download the Electron binary (TypeError: fetch failed): the machine looks offline, ' +
          'or a proxy blocks the download (see ELECTRON_MIRROR and ELECTRON_GET_USE_PROXY). ' +
          'Run Lectern in a browser instead with `npm run web`.',
      ]);
      expect(run.stdout).not.toContain('starting electron app');
    },
    60_000,
  );
});

describe('downloadCause', () => {
  it('keeps the error line of the installer’s stack and drops the frames', () => {
    expect(
      downloadCause(
        'TypeError: fetch failed\n    at node:internal/deps/undici:1:1\n    at async x (y.js:2:3)\n',
      ),
    ).toBe('TypeError: fetch failed');
    expect(downloadCause('HTTPError: Response code 404 (Not Found)\n    at z\n')).toBe(
      'HTTPError: Response code 404 (Not Found)',
    );
    expect(downloadCause('')).toBe('the installer gave no reason');
  });
});
