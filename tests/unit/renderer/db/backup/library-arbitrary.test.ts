import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractMentions, plainTextOf } from '../../../../../renderer/db/links/mention-extract';
import { arbitraryLibrary } from '../../../support/library-arbitrary';
import { freshDatabase } from '../fixtures';

type Row = Record<string, unknown>;

/** Rows in a stable order, whatever order the table's key gives them. */
function ordered(rows: readonly unknown[]): string[] {
  return rows.map((row) => JSON.stringify(row)).sort();
}

describe('arbitraryLibrary in the app’s database', () => {
  it('is stored unchanged, link policy and unique indexes included', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryLibrary(), async (library) => {
        const database = freshDatabase();
        const tables = Object.keys(library).map((name) => database.table(name));
        await database.transaction('rw', tables, async () => {
          for (const table of tables) await table.bulkAdd(structuredClone(library[table.name] ?? []));
        });
        for (const table of tables) expect(ordered(await table.toArray()), table.name).toEqual(ordered(library[table.name] ?? []));
        database.close();
      }),
      { numRuns: 30 },
    );
  });

  it('holds rich text the app reads as the rows say: the same plain text, and a mention link per mention', () => {
    fc.assert(
      fc.property(arbitraryLibrary(), (library) => {
        const links = (library.links ?? []) as Row[];
        const texts = [
          ...((library.annotations ?? []) as Row[]).map((row) => {
            const comment = row.comment as Row;
            return { json: comment.json, text: comment.text, owner: row.abstractId, scope: (link: Row) => link.annotationId === row.id };
          }),
          ...((library.notes ?? []) as Row[]).map((row) => ({ json: row.json, text: row.text, owner: row.abstractId, scope: (link: Row) => link.noteId === row.id })),
        ];
        for (const { json, text, owner, scope } of texts) {
          const saved = json as string | null;
          expect(plainTextOf(saved)).toBe(text);
          const mentioned = new Set(extractMentions(saved).map((mention) => mention.toId).filter((id) => id !== owner));
          expect(new Set(links.filter(scope).map((link) => link.toId))).toEqual(mentioned);
        }
      }),
      { numRuns: 100 },
    );
  });
});
