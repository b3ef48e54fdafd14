import { describe, expect, it } from 'vitest';
import { toIncomingRecords } from '../../../../shared/import/incoming';
import { buildImportedFile } from '../../../../shared/import/read-file';
import { isWord } from './seed-files';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('toIncomingRecords', () => {
  it('numbers each file’s records in document order with the file’s hash and display forms', () => {
    const file = buildImportedFile(
      'blog.txt',
      encode('First abstract about $qle p$ bounds.\n\nSecond abstract about networks that relat e.\n'),
      'hash-1',
      isWord,
    );
    const records = toIncomingRecords([file]);
    expect(records.length).toBe(file.parsed.records.length);
    records.forEach((record, index) => {
      expect(record.captureHash).toBe('hash-1');
      expect(record.index).toBe(index);
      expect(record.record).toBe(file.parsed.records[index]);
      expect(record.display).toBe(file.displays[index]);
    });
  });

  it('skips files that could not be read', () => {
    const unreadable = buildImportedFile('empty.txt', new Uint8Array(), 'hash-empty', isWord);
    const binary = buildImportedFile(
      'image.bin',
      new Uint8Array([0, 1, 2, 0, 255, 0, 7, 0]),
      'hash-bin',
      isWord,
    );
    expect(unreadable.parsed.error).not.toBeNull();
    expect(binary.parsed.error).not.toBeNull();
    expect(toIncomingRecords([unreadable, binary])).toEqual([]);
  });
});
