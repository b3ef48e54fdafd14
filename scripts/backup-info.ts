// `npm run --silent backup-info -- FILE.lectern`: prints a backup's manifest and whether the whole file checks out, as JSON.
import { createReadStream, readFileSync } from 'node:fs';
import { BackupError } from '../shared/backup/errors';
import type { BackupManifest } from '../shared/backup/format';
import { readBackupManifest } from '../shared/backup/read-manifest';
import { readBackup } from '../shared/backup/reader';

interface BackupInfo {
  file: string;
  valid: boolean;
  /** What is wrong, when the file does not check out. */
  problem: string | null;
  /** The manifest, when it can be read (even from a file that fails a later check). */
  manifest: BackupManifest | null;
  rowsChecked: number;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function manifestIfReadable(file: string): BackupManifest | null {
  try {
    return readBackupManifest(new Uint8Array(readFileSync(file)));
  } catch {
    return null;
  }
}

async function inspect(file: string): Promise<BackupInfo> {
  let rowsChecked = 0;
  try {
    const manifest = await readBackup(createReadStream(file, { highWaterMark: 1 << 20 }), {
      rows: (_table, rows) => {
        rowsChecked += rows.length;
      },
    });
    return { file, valid: true, problem: null, manifest, rowsChecked };
  } catch (error) {
    if (!(error instanceof BackupError) && (error as { code?: string }).code !== undefined) throw error;
    return { file, valid: false, problem: message(error), manifest: manifestIfReadable(file), rowsChecked };
  }
}

async function main(files: string[]): Promise<number> {
  if (files.length !== 1) {
    process.stderr.write('Usage: npm run --silent backup-info -- FILE.lectern\n');
    return 2;
  }
  const [file = ''] = files;
  try {
    const info = await inspect(file);
    process.stdout.write(`${JSON.stringify(info, null, 2)}\n`);
    return info.valid ? 0 : 1;
  } catch (error) {
    process.stderr.write(`backup-info: cannot read "${file}": ${message(error)}\n`);
    return 2;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
