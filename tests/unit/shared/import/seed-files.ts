import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../../../../shared/import/hash';
import { buildImportedFile } from '../../../../shared/import/read-file';
import type { ImportedFile } from '../../../../shared/import/types';
import { createWordTest } from '../../../../shared/text/dictionary';

const SEEDS = join(__dirname, '../../../../seeds');

export const isWord = createWordTest();

/** The five seed captures, read as the app reads them. */
export async function readSeeds(): Promise<ImportedFile[]> {
  const names = readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = new Uint8Array(readFileSync(join(SEEDS, name)));
      return buildImportedFile(name, bytes, await sha256Hex(bytes), isWord);
    }),
  );
}
