/**
 * Finds the Electron executable the way the electron package intends: its own installer
 * (`install-electron`) downloads the binary on first use, then `require('electron')` names it.
 * ELECTRON_OVERRIDE_DIST_PATH points both at a binary already on disk, with no download.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type ElectronBinary = { ok: true; path: string } | { ok: false; message: string };

const WEB_HINT = 'Run Lectern in a browser instead with `npm run web`.';

/** The first line of the installer's error output that names what went wrong. */
export function downloadCause(stderr: string): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('at '));
  return lines.find((line) => /error/i.test(line)) ?? lines[0] ?? 'the installer gave no reason';
}

/** One line for the terminal: what failed, the likely cause and what to do instead. */
export function downloadFailureMessage(cause: string): string {
  return (
    `Lectern could not download the Electron binary (${cause}): the machine looks offline, or a proxy ` +
    'blocks the download (see ELECTRON_MIRROR and ELECTRON_GET_USE_PROXY). ' +
    WEB_HINT
  );
}

function missingBinaryMessage(path: string, overridden: boolean): string {
  return overridden
    ? `Lectern found no Electron binary at ${path} (set by ELECTRON_OVERRIDE_DIST_PATH). ${WEB_HINT}`
    : `Lectern found no Electron binary at ${path} after installing it. ${WEB_HINT}`;
}

/** Runs the package's installer (a no-op when the binary is already there), capturing its errors. */
function runInstaller(packageDir: string): Promise<{ ok: boolean; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(packageDir, 'install.js')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => resolve({ ok: false, stderr: error.message }));
    child.on('close', (code) => resolve({ ok: code === 0, stderr }));
  });
}

/** True when the installer has already put a binary in the package (path.txt names it). */
export function isElectronInstalled(packageDir: string): boolean {
  return existsSync(join(packageDir, 'path.txt'));
}

export async function resolveElectronBinary(
  packageDir: string,
  onDownload: () => void = () => undefined,
): Promise<ElectronBinary> {
  const overridden = Boolean(process.env['ELECTRON_OVERRIDE_DIST_PATH']);
  if (!overridden) {
    if (!isElectronInstalled(packageDir)) onDownload();
    const installed = await runInstaller(packageDir);
    if (!installed.ok) return { ok: false, message: downloadFailureMessage(downloadCause(installed.stderr)) };
  }
  let path: unknown;
  try {
    // The package's main honours ELECTRON_OVERRIDE_DIST_PATH; once installed it downloads nothing.
    path = createRequire(join(packageDir, 'package.json'))('./index.js');
  } catch (error) {
    return { ok: false, message: downloadFailureMessage(error instanceof Error ? error.message : String(error)) };
  }
  if (typeof path !== 'string' || !existsSync(path))
    return { ok: false, message: missingBinaryMessage(String(path), overridden) };
  return { ok: true, path };
}
