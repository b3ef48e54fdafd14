import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

/**
 * Where `require('electron')` would point, worked out without requiring it: in Electron 45
 * requiring the package starts a download when the binary is missing, which on an offline
 * machine only fails slowly.
 */
export function findElectronBinary(root: string): ElectronBinary {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (!existsSync(packageDir))
    return { found: false, reason: 'No Electron binary: the electron package is not installed.' };
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (executable === null && !override) {
    return {
      found: false,
      reason:
        'No Electron binary: node_modules/electron/dist is missing (its download is blocked on this machine).',
    };
  }
  const path = override
    ? join(override, executable ?? 'electron')
    : join(packageDir, 'dist', executable ?? '');
  if (!existsSync(path))
    return {
      found: false,
      reason: `No Electron binary: ${relative(root, path)} does not exist (its download is blocked on this machine).`,
    };
  return { found: true, path };
}
