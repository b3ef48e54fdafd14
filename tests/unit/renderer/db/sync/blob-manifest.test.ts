import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BlobManifestEntry } from '../../../../../shared/sync/blob-manifest';
import { addBlobManifestEntry, blobManifestOf, readBlobManifest } from '../../../../../renderer/db/sync/blob-manifest';

const entry = (hex: string, device: string, fileName = 'refs.bib'): BlobManifestEntry => ({
  sha256: hex.repeat(64),
  fileName,
  size: 10,
  importedAt: 1_000,
  device,
});

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('the blob manifest in the meta doc', () => {
  it('lists what two devices added, the same on both, once per file', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    addBlobManifestEntry(a, entry('1', 'device-a'));
    addBlobManifestEntry(b, entry('2', 'device-b'));
    // The same bytes imported on both: one entry.
    addBlobManifestEntry(a, entry('3', 'device-a', 'mine.ris'));
    addBlobManifestEntry(b, entry('3', 'device-b', 'theirs.ris'));
    exchange(a, b);
    const listed = (doc: Y.Doc): string[] => readBlobManifest(doc, () => undefined).map((listedEntry) => listedEntry.sha256).sort();
    expect(listed(a)).toEqual(['1', '2', '3'].map((hex) => hex.repeat(64)));
    const bySha = (doc: Y.Doc): BlobManifestEntry[] => readBlobManifest(doc, () => undefined).sort((x, y) => x.sha256.localeCompare(y.sha256));
    expect(bySha(a)).toEqual(bySha(b));
  });

  it('keeps the first entry of a file listed again', () => {
    const doc = new Y.Doc();
    addBlobManifestEntry(doc, entry('4', 'device-a', 'first.bib'));
    addBlobManifestEntry(doc, entry('4', 'device-a', 'renamed.bib'));
    expect(readBlobManifest(doc, () => undefined).map((listed) => listed.fileName)).toEqual(['first.bib']);
  });

  it('skips and reports an entry another device wrote malformed, and reads the rest', () => {
    const doc = new Y.Doc();
    addBlobManifestEntry(doc, entry('5', 'device-a'));
    blobManifestOf(doc).set('6'.repeat(64), { ...entry('6', 'device-b'), size: 'big' });
    const problems: string[] = [];
    expect(readBlobManifest(doc, (problem) => problems.push(problem)).map((listed) => listed.sha256)).toEqual(['5'.repeat(64)]);
    expect(problems).toEqual([`blob manifest entry ${'6'.repeat(64)}: its size is not a byte count`]);
  });

  it('refuses to list an entry that does not check out', () => {
    expect(() => addBlobManifestEntry(new Y.Doc(), { ...entry('7', 'device-a'), sha256: 'not-a-hash' })).toThrow(/not a SHA-256/);
  });
});
