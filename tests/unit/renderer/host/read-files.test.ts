import { describe, expect, it } from 'vitest';
import { parseSlots, readFileSlot } from '../../../../renderer/host/read-files';
import type { RawFile } from '../../../../renderer/host/parse-messages';
import type { ImportedFile } from '../../../../shared/import/types';
import { importFailure } from '../../../../shared/ipc/import-failure';
import { errorText } from '../../../../renderer/features/import/summary-text';

/** Stands in for the worker: one ImportedFile per raw file, named after it, recording its bytes. */
function fakeParse(files: RawFile[]): Promise<ImportedFile[]> {
  return Promise.resolve(
    files.map((file) => ({ ...importFailure(file.name, 'parsed'), byteLength: file.bytes.byteLength })),
  );
}

describe('reading picked and dropped files', () => {
  it('reads a file’s bytes', async () => {
    const slot = await readFileSlot(new File(['abc'], 'page.txt'));
    expect('raw' in slot && slot.raw.name).toBe('page.txt');
    expect('raw' in slot && new TextDecoder().decode(slot.raw.bytes)).toBe('abc');
  });

  it('turns a file over the size limit into a per-file error instead of reading it', async () => {
    const slot = await readFileSlot(new File(['x'.repeat(2048)], 'huge.txt'), 1024);
    expect('failure' in slot && slot.failure.parsed.error).toBe(
      'it is 2 KB, over the 1 KB limit for a capture.',
    );
  });

  it('tells the user once, cleanly, that a file over 64 MB was not imported', async () => {
    const big = new File([], 'big.txt');
    Object.defineProperty(big, 'size', { value: 80.5 * 1024 * 1024 });
    const slot = await readFileSlot(big);
    const message = 'failure' in slot ? slot.failure.parsed.error : null;
    expect(message && errorText({ fileName: 'big.txt', message })).toBe(
      '“big.txt” was not imported: it is 80.5 MB, over the 64 MB limit for a capture.',
    );
  });

  it('puts parsed files and failures back in the order the files were given', async () => {
    const slots = await Promise.all([
      readFileSlot(new File(['one'], 'one.txt')),
      readFileSlot(new File(['x'.repeat(2048)], 'too-big.txt'), 1024),
      readFileSlot(new File(['three!'], 'three.txt')),
    ]);

    const files = await parseSlots(slots, fakeParse);

    expect(files.map((file) => file.fileName)).toEqual(['one.txt', 'too-big.txt', 'three.txt']);
    expect(files.map((file) => file.byteLength)).toEqual([3, 0, 6]);
  });
});
