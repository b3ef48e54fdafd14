import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readCaptureText } from '../../../../renderer/db/import/capture-texts';
import { importFiles } from '../../../../renderer/db/import/import';
import { queryCapture } from '../../../../renderer/db/abstracts/queries';
import { TEXT_PIECE_LENGTH } from '../../../../shared/import/text-pieces';
import { handBuiltFile, snapshot, withoutVersion11Fields } from './fixtures';
import { upgradeOlderRelease } from './older-release';
import { readSeedFiles } from './seed-files';

/** A page longer than two text pieces, with characters outside the BMP where the pieces meet. */
async function longPage() {
  const filler = 'The measured accuracy 𝛼 rose after warm-up 😀 and fell when the rate decayed. '.repeat(90);
  const specs = Array.from({ length: Math.ceil((TEXT_PIECE_LENGTH * 2.5) / filler.length) }, (_, index) => ({ text: `Study ${index}: ${filler}` }));
  return handBuiltFile('long-page.txt', specs);
}

describe('upgrading a version-9 library to capture texts stored in pieces (version 10)', () => {
  it('keeps every capture’s text byte for byte and shows it whole, while the rows keep the rest', async () => {
    const seeds = await readSeedFiles();
    const long = await longPage();
    const { before, upgraded } = await upgradeOlderRelease(10 - 1, [...seeds, long], async (version9) => {
      const stored = await version9.table<{ hash: string; text: string }, string>('captures').get(long.contentHash);
      expect(stored?.text).toBe(long.textPieces.join(''));
    });
    const after = await snapshot(upgraded);
    for (const [table, rows] of Object.entries(before)) expect(withoutVersion11Fields(after[table])).toEqual(rows);

    for (const file of [...seeds, long]) {
      const row = await queryCapture(file.contentHash, upgraded);
      expect(row).toMatchObject({ fileName: file.fileName, recordCount: file.parsed.records.length });
      expect(row).not.toHaveProperty('text');
      expect(await readCaptureText(file.contentHash, upgraded)).toBe(file.textPieces.join(''));
    }
    const pieces = await upgraded.captureTexts.where('[hash+index]').between([long.contentHash, 0], [long.contentHash, Infinity]).toArray();
    expect(pieces.length).toBe(3);
    for (const piece of pieces) expect(piece.text.length).toBeLessThanOrEqual(TEXT_PIECE_LENGTH);

    // Every record span still points at its text in the joined capture.
    const text = await readCaptureText(long.contentHash, upgraded);
    for (const record of long.parsed.records) expect(text.slice(record.span.start, record.span.end)).toBe(record.text);

    // The same captures imported again add nothing, and their texts stay as they are.
    expect(await importFiles([...seeds, long], upgraded)).toMatchObject({ added: 0, merged: 0 });
    const again = await snapshot(upgraded);
    expect(again.captures).toEqual(after.captures);
    expect(again.captureTexts).toEqual(after.captureTexts);
    upgraded.close();
  });
});
