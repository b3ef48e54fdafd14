import { describe, expect, it } from 'vitest';
import { checkManifestEntry, type BlobManifestEntry } from '../../../../shared/sync/blob-manifest';

const SHA = 'a'.repeat(64);
const ENTRY: BlobManifestEntry = { sha256: SHA, fileName: 'refs.ris', size: 1234, importedAt: 1_700_000_000_000, device: 'device-a' };

describe('blob manifest entries', () => {
  it('accepts a well-formed entry and gives back exactly its fields', () => {
    expect(checkManifestEntry(SHA, { ...ENTRY, extra: 'ignored' })).toEqual({ ok: true, entry: ENTRY });
  });

  it.each<[string, string, unknown]>([
    ['a key that is not a SHA-256', 'refs.ris', ENTRY],
    ['an entry filed under another hash', 'b'.repeat(64), ENTRY],
    ['an upper-case hash', SHA.toUpperCase(), { ...ENTRY, sha256: SHA.toUpperCase() }],
    ['an empty file name', SHA, { ...ENTRY, fileName: '  ' }],
    ['a negative size', SHA, { ...ENTRY, size: -1 }],
    ['a fractional size', SHA, { ...ENTRY, size: 1.5 }],
    ['a time that is text', SHA, { ...ENTRY, importedAt: '2024-01-01' }],
    ['a device id with spaces', SHA, { ...ENTRY, device: 'my laptop' }],
    ['a list', SHA, [ENTRY]],
    ['nothing', SHA, null],
  ])('refuses %s, naming the entry', (_case, key, value) => {
    const checked = checkManifestEntry(key, value);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problem).toContain(`blob manifest entry ${key.slice(0, 64)}`);
  });
});
