import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportOutput } from '../../../../shared/export/output';
import { scopeChoices, type ScopeChoice } from '../../../../renderer/db/export/scope';
import { db } from '../../../../renderer/db/schema/database';
import { getLiveExports } from '../../../../renderer/db/settings/live-exports';
import { addTag } from '../../../../renderer/db/tags/tags';
import { runExport } from '../../../../renderer/features/export/run-export';
import type { Host, LiveExportHost } from '../../../../renderer/host/types';
import { seedAbstracts } from '../db/organize-fixtures';

let ids: number[];

beforeEach(async () => {
  await db.delete();
  await db.open();
  ids = await seedAbstracts(db, 3);
});

function fakeHost(options: { saves: boolean; liveChoice: { id: string; path: string } | null }) {
  const saved: ExportOutput[] = [];
  const written: { id: string; text: string }[] = [];
  const liveExports: LiveExportHost = {
    choose: vi.fn(() => Promise.resolve(options.liveChoice)),
    write: (id, text) => {
      written.push({ id, text });
      return Promise.resolve(42);
    },
    stop: () => Promise.resolve(),
  };
  const host = {
    saveExportFile: (output: ExportOutput) => {
      if (options.saves) saved.push(output);
      return Promise.resolve(options.saves);
    },
    liveExports,
  } as unknown as Host;
  return { host, saved, written, liveExports };
}

const choice = (key: string, selectedIds: number[] = []): ScopeChoice => {
  const found = scopeChoices({ selectedIds, view: { ids, title: 'Library', live: { kind: 'library' } }, lists: [], libraryCount: ids.length }).find(
    (candidate) => candidate.key === key,
  );
  if (found === undefined) throw new Error(`no choice ${key}`);
  return found;
};

const context = (host: Host) => ({ host, onProgress: () => undefined, signal: new AbortController().signal, now: new Date(2026, 11, 4) });

describe('running an export', () => {
  it('saves the whole library as one BibTeX file named after the scope and the day', async () => {
    const { host, saved } = fakeHost({ saves: true, liveChoice: null });
    expect(await runExport({ format: 'bibtex', choice: choice('library'), keepUpdated: false }, context(host))).toBe(true);
    const [output] = saved;
    if (output?.kind !== 'file') throw new Error('a file expected');
    expect(output.name).toBe('lectern-library-2026-12-04.bib');
    expect(output.text.match(/^@\w+\{/gm)).toHaveLength(3);
  });

  it('exports a selection only, and a vault as a folder', async () => {
    const { host, saved } = fakeHost({ saves: true, liveChoice: null });
    await runExport({ format: 'vault', choice: choice('selection', [ids[0] ?? 0]), keepUpdated: false }, context(host));
    const [output] = saved;
    if (output?.kind !== 'folder') throw new Error('a folder expected');
    expect(output.name).toBe('lectern-selection-2026-12-04');
    expect(output.files.filter((file) => !file.path.includes('/'))).toHaveLength(1);
    expect(output.zip().byteLength).toBeGreaterThan(0);
  });

  it('keeps a tag updated: writes the file through main’s id and remembers it in settings', async () => {
    const { tag } = await addTag(ids[1] ?? 0, 'theory', db);
    const { host, written, saved } = fakeHost({ saves: true, liveChoice: { id: 'abc', path: '/home/u/theory.json' } });
    const tagChoice: ScopeChoice = { key: 'view', label: 'Current view (1)', slug: 'theory', scope: { kind: 'view', ids: [ids[1] ?? 0], title: 'theory', live: { kind: 'tag', tagId: tag.id } } };
    expect(await runExport({ format: 'csl-json', choice: tagChoice, keepUpdated: true }, context(host))).toBe(true);
    expect(saved).toEqual([]);
    expect(written).toHaveLength(1);
    expect(JSON.parse(written[0]?.text ?? '')).toHaveLength(1);
    expect(await getLiveExports(db)).toEqual([
      { id: 'abc', format: 'csl-json', scope: { kind: 'tag', tagId: tag.id }, scopeLabel: 'theory', path: '/home/u/theory.json', lastWrittenAt: 42, error: null },
    ]);
  });

  it('writes and remembers nothing when a Save dialog is cancelled', async () => {
    const { host, written } = fakeHost({ saves: false, liveChoice: null });
    expect(await runExport({ format: 'bibtex', choice: choice('library'), keepUpdated: true }, context(host))).toBe(false);
    expect(written).toEqual([]);
    expect(await getLiveExports(db)).toEqual([]);
    expect(await runExport({ format: 'ris', choice: choice('library'), keepUpdated: false }, context(host))).toBe(false);
  });
});
