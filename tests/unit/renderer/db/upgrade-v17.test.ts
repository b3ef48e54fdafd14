import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { normalizeForIdentity, prefixKey } from '../../../../shared/identity';
import { allAbstracts } from '../../../../renderer/db/abstracts/records';
import { importFiles } from '../../../../renderer/db/import/import';
import type { LecternDB } from '../../../../renderer/db/schema/database';
import { handBuiltFile, snapshot } from './fixtures';
import { upgradeOlderRelease } from './older-release';
import { GRADIENT_ABSTRACT, KERNEL_ABSTRACT, portalSnippet } from './samples';

/** The prefix key releases up to version 16 stored: the first 40 normalised characters. */
const versionSixteenKey = (text: string): string => normalizeForIdentity(text).slice(0, 40);

/** Gives every abstract the key version 16 stored, on its row and in abstractKeys. */
async function storeVersionSixteenKeys(older: LecternDB): Promise<void> {
  const texts = await older.abstractTexts.toArray();
  await older.transaction('rw', [older.abstracts, older.abstractKeys], async () => {
    for (const { id, text } of texts) {
      await older.abstracts.update(id, { prefixKey: versionSixteenKey(text) });
      await older.abstractKeys.update(id, { prefixKey: versionSixteenKey(text) });
    }
  });
}

type Keyed = { id: number; prefixKey: string };
/** Rows with their prefix key blanked (toEqual treats an undefined field as absent). */
const withoutPrefixKey = (rows: unknown[]): unknown[] =>
  rows.map((row) => (typeof row === 'object' && row !== null && 'prefixKey' in row ? { ...row, prefixKey: undefined } : row));

describe('upgrading a version-16 library to 60-character prefix keys (version 17)', () => {
  it('works every prefix key out again from the text and changes nothing else', async () => {
    const files = [await handBuiltFile('page.txt', [{ text: KERNEL_ABSTRACT }, { text: GRADIENT_ABSTRACT }])];
    const { before, upgraded } = await upgradeOlderRelease(16, files, storeVersionSixteenKeys);
    expect(upgraded.verno).toBeGreaterThanOrEqual(17);

    const texts = new Map((await upgraded.abstractTexts.toArray()).map((row) => [row.id, row.text]));
    for (const table of [upgraded.abstracts, upgraded.abstractKeys] as const) {
      const rows: Keyed[] = await table.toArray();
      expect(rows.map((row) => row.prefixKey)).toEqual(rows.map((row) => prefixKey(texts.get(row.id) ?? '')));
      expect(rows.every((row) => row.prefixKey.length === 60)).toBe(true);
    }
    const after = await snapshot(upgraded);
    for (const [table, rows] of Object.entries(before)) expect(withoutPrefixKey(after[table] ?? []), table).toEqual(withoutPrefixKey(rows));
  });

  it('lets a snippet imported after the upgrade join the full text stored before it', async () => {
    const files = [await handBuiltFile('page.txt', [{ text: KERNEL_ABSTRACT }, { text: GRADIENT_ABSTRACT }])];
    const { upgraded } = await upgradeOlderRelease(16, files, storeVersionSixteenKeys);

    const summary = await importFiles([await handBuiltFile('related.txt', [{ text: portalSnippet(GRADIENT_ABSTRACT), truncated: true }])], upgraded);

    expect(summary).toMatchObject({ added: 0, merged: 1 });
    expect(await allAbstracts(upgraded)).toHaveLength(2);
  });
});
