import { describe, expect, it } from 'vitest';
import {
  createLibraryToken,
  documentName,
  isLibraryToken,
  libraryIdForToken,
  parseDocumentName,
} from '../../../../shared/sync';

describe('library token', () => {
  it('is 64 hex digits and differs each time', () => {
    const first = createLibraryToken();
    expect(isLibraryToken(first)).toBe(true);
    expect(createLibraryToken()).not.toBe(first);
  });

  it('maps to a stable library id that does not contain the token', () => {
    const token = 'a'.repeat(64);
    const id = libraryIdForToken(token);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(libraryIdForToken(token)).toBe(id);
    expect(token.includes(id)).toBe(false);
    expect(libraryIdForToken('b'.repeat(64))).not.toBe(id);
  });

  it('rejects malformed tokens', () => {
    for (const bad of ['', 'A'.repeat(64), 'a'.repeat(63), `${'a'.repeat(63)}g`, ` ${'a'.repeat(64)}`]) {
      expect(isLibraryToken(bad)).toBe(false);
    }
    expect(() => libraryIdForToken('short')).toThrow(/64 lowercase hexadecimal digits/);
  });
});

describe('document names', () => {
  const libraryId = libraryIdForToken('c'.repeat(64));

  it('round-trip for every kind', () => {
    for (const document of [
      { libraryId, kind: 'meta' as const },
      { libraryId, kind: 'rows' as const, shard: 0 },
      { libraryId, kind: 'rows' as const, shard: 63 },
      { libraryId, kind: 'note' as const, id: '0f3a9c' },
      { libraryId, kind: 'comment' as const, id: 'c_1' },
    ]) {
      expect(parseDocumentName(documentName(document))).toEqual({ ok: true, document });
    }
    expect(documentName({ libraryId, kind: 'rows', shard: 10 })).toBe(`${libraryId}/rows/0a`);
  });

  it('rejects names outside the protocol', () => {
    for (const bad of [
      '',
      'meta',
      `${libraryId}`,
      `${libraryId}/rows/40`,
      `${libraryId}/rows/1`,
      `${libraryId}/note/`,
      `${libraryId}/note/A`,
      `${libraryId}/meta/x`,
      `${libraryId}/files/x`,
      `${libraryId.toUpperCase()}/meta`,
      `${libraryId}/note/a/b`,
    ]) {
      expect(parseDocumentName(bad).ok).toBe(false);
    }
  });
});
