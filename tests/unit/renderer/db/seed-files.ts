import { readdir, readFile } from 'node:fs/promises';
import { sha256Hex } from '../../../../shared/import/hash';
import { buildImportedFile } from '../../../../shared/import/read-file';
import type { ImportedFile } from '../../../../shared/import/types';
import { createWordTest } from '../../../../shared/text/dictionary';

const SEEDS_DIR = new URL('../../../../seeds/', import.meta.url);

let seedFiles: Promise<ImportedFile[]> | null = null;

/** The five seed captures, read from disk and parsed as a host would, sorted by file name. */
export function readSeedFiles(): Promise<ImportedFile[]> {
  seedFiles ??= (async () => {
    const isWord = createWordTest();
    const names = (await readdir(SEEDS_DIR)).filter((name) => name.endsWith('.txt')).sort();
    return Promise.all(
      names.map(async (name) => {
        const bytes = new Uint8Array(await readFile(new URL(name, SEEDS_DIR)));
        return buildImportedFile(name, bytes, await sha256Hex(bytes), isWord);
      }),
    );
  })();
  return seedFiles.then((files) => structuredClone(files));
}
