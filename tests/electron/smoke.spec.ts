/**
 * Launches the built desktop app and checks what a first-time user sees: one hardened window
 * listing the 26 seed abstracts. Reported as skipped, with the reason, where no Electron binary exists.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication } from '@playwright/test';
import { findElectronBinary } from './electron-binary';

const root = resolve(__dirname, '../..');
const SEED_ABSTRACTS = 26;
const binary = findElectronBinary(root);

test.describe('the Electron app', () => {
  test.skip(!binary.found, binary.found ? '' : binary.reason);

  let app: ElectronApplication | null = null;
  let userData = '';

  test.beforeAll(() => {
    test.setTimeout(180_000);
    if (!existsSync(join(root, 'out/main/index.js'))) {
      execFileSync(
        process.execPath,
        [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
        { cwd: root, stdio: 'inherit' },
      );
    }
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('opens one hardened window that lists the 26 seed abstracts', async () => {
    if (!binary.found) return;
    userData = mkdtempSync(join(tmpdir(), 'lectern-electron-'));
    app = await electron.launch({
      executablePath: binary.path,
      args: ['out/main/index.js'],
      cwd: root,
      env: { ...process.env, LECTERN_USER_DATA_DIR: userData },
    });
    const window = await app.firstWindow();

    const list = window.getByRole('listbox', { name: 'Abstracts' });
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', String(SEED_ABSTRACTS), {
      timeout: 30_000,
    });
    // The list is virtualized: walk it with the keyboard and count the rows a user reaches.
    await list.focus();
    await window.keyboard.press('Home');
    const reached = new Set<string>();
    for (let step = 0; step < SEED_ABSTRACTS + 2; step += 1) {
      const active = await list.getAttribute('aria-activedescendant');
      if (active) reached.add(active);
      await window.keyboard.press('ArrowDown');
    }
    expect(reached.size).toBe(SEED_ABSTRACTS);
    expect(app.windows()).toHaveLength(1);

    const page = await window.evaluate(() => ({
      url: (globalThis as { location?: { href: string } }).location?.href,
      hasRequire: 'require' in globalThis,
      hasProcess: 'process' in globalThis,
      bridge: Object.keys((globalThis as { lectern?: object }).lectern ?? {}).sort(),
      evalBlocked: (() => {
        try {
          globalThis.eval('1');
          return false;
        } catch {
          return true;
        }
      })(),
    }));
    // Isolated, without Node, under a CSP that forbids eval, with only the contract's bridge.
    expect(page).toEqual({
      url: 'app://lectern/index.html',
      hasRequire: false,
      hasProcess: false,
      bridge: ['grantDroppedFiles', 'invoke', 'on'],
      evalBlocked: true,
    });
    const unknownChannel = window.evaluate(() =>
      (globalThis as { lectern?: { invoke: (channel: string) => Promise<unknown> } }).lectern?.invoke(
        'fs:read',
      ),
    );
    await expect(unknownChannel).rejects.toThrow('Unknown IPC channel');
    // The page can neither grant itself a file nor read one that was never dropped or chosen.
    type PageBridge = {
      lectern?: {
        invoke: (channel: string, argument?: unknown) => Promise<unknown>;
        on: (channel: string, listener: (payload: unknown) => void) => () => void;
      };
    };
    const selfGrant = window.evaluate(() =>
      (globalThis as PageBridge).lectern?.invoke('import:grant-dropped', { paths: ['/etc/hostname.txt'] }),
    );
    await expect(selfGrant).rejects.toThrow('Unknown IPC channel');
    const seedPath = join(
      root,
      'seeds',
      readdirSync(join(root, 'seeds')).find((name) => name.endsWith('.txt')) ?? '',
    );
    // Files reach the page as `import:file` events before the reply, which only names them.
    const refused = await window.evaluate(async (path) => {
      const bridge = (globalThis as PageBridge).lectern;
      const errors: (string | null)[] = [];
      const stop = bridge?.on('import:file', (payload) =>
        errors.push((payload as { file: { parsed: { error: string | null } } }).file.parsed.error),
      );
      await bridge?.invoke('import:read-paths', { paths: [path] });
      stop?.();
      return errors;
    }, seedPath);
    expect(refused[0]).toMatch(/was not dropped on the window or chosen with Import/);
  });
});
