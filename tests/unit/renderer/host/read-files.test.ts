import { describe, expect, it } from 'vitest';
import { parseSlots, readFileSlot } from '../../../../renderer/host/read-files';
import type { RawFile } from '../../../../renderer/host/parse-messages';
import type { ImportedFile } from '../../../../shared/import/types';
import { importFailure } from '../../../../shared/ipc/import-failure';

/** Stands in for the worker: one ImportedFile per raw file, named after it, recording its bytes. */
function fakeParse(files: RawFile[]): Promise<ImportedFile[]> {
  return Promise.resolve(files.map((file) => ({ ...importFailure(file.name, 'parsed'), byteLength: file.bytes.byteLength })));
}

describe('reading picked and dropped files', () => {
  it('reads a file’s bytes', async () => {
    const slot = await readFileSlot(new File(['abc'], 'page.txt'));
    expect('raw' in slot && slot.raw.name).toBe('page.txt');
    expect('raw' in slot && new TextDecoder().decode(slot.raw.bytes)).toBe('abc');
  });

  it('turns a file over the size limit into a per-file error instead of reading it', async () => {
    const slot = await readFileSlot(new File(['x'.repeat(2048)], 'huge.txt'), 1024);
    expect('failure' in slot && slot.failure.parsed.error).toMatch(/huge\.txt.*over the .* limit/);
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
