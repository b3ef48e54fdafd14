import { describe, expect, it } from 'vitest';
import { fileSlot, parseSlots } from '../../../../renderer/host/read-files';
import type { ChosenFile } from '../../../../renderer/host/parse-messages';
import type { ImportedFile } from '../../../../shared/import/types';
import { importFailure } from '../../../../shared/ipc/import-failure';
import { errorText } from '../../../../renderer/features/import/summary-text';

/** Stands in for the worker: one ImportedFile per chosen file, named after it, recording its size. */
function fakeParse(files: ChosenFile[]): Promise<ImportedFile[]> {
  return Promise.resolve(files.map((file) => ({ ...importFailure(file.name, 'parsed'), byteLength: file.file.size })));
}

describe('reading picked and dropped files', () => {
  it('hands a file within the limit to the parser with its bytes', async () => {
    const slot = fileSlot(new File(['abc'], 'page.txt'));
    expect('raw' in slot && slot.raw.name).toBe('page.txt');
    expect('raw' in slot && (await slot.raw.file.text())).toBe('abc');
  });

  it('turns a file over the size limit into a per-file error instead of reading it', () => {
    const slot = fileSlot(new File(['x'.repeat(2048)], 'huge.txt'), 1024);
    expect('failure' in slot && slot.failure.parsed.error).toBe(
      'it is 2 KB, over the 1 KB limit for a capture.',
    );
  });

  it('tells the user once, cleanly, that a file over 64 MB was not imported', () => {
    const big = new File([], 'big.txt');
    Object.defineProperty(big, 'size', { value: 80.5 * 1024 * 1024 });
    const slot = fileSlot(big);
    const message = 'failure' in slot ? slot.failure.parsed.error : null;
    expect(message && errorText({ fileName: 'big.txt', message })).toBe(
      '“big.txt” was not imported: it is 80.5 MB, over the 64 MB limit for a capture.',
    );
  });

  it('puts parsed files and failures back in the order the files were given', async () => {
    const slots = [
      fileSlot(new File(['one'], 'one.txt')),
      fileSlot(new File(['x'.repeat(2048)], 'too-big.txt'), 1024),
      fileSlot(new File(['three!'], 'three.txt')),
    ];

    const files = await parseSlots(slots, fakeParse);

    expect(files.map((file) => file.fileName)).toEqual(['one.txt', 'too-big.txt', 'three.txt']);
    expect(files.map((file) => file.byteLength)).toEqual([3, 0, 6]);
  });
});
