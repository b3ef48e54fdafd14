/** Exports written by main, on real temporary folders: whole files and folders, or nothing. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeIo, writeFileAtomic, writeFolderAtomic, type AtomicWriteIo } from '../../../electron/exports/atomic-write';
import { exportRoutes } from '../../../electron/exports/export-routes';
import { createLiveTargets } from '../../../electron/exports/live-targets';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Real file calls, except that writing bytes fails halfway through the export. */
const failingWrites: AtomicWriteIo = {
  ...nodeIo,
  async create(path) {
    const file = await nodeIo.create(path);
    return {
      write: async (data) => {
        await file.write(typeof data === 'string' ? data.slice(0, 3) : data.slice(0, 3));
        throw new Error('disk full');
      },
      sync: () => file.sync(),
      close: () => file.close(),
    };
  },
};

describe('atomic export writes', () => {
  it('a failed rewrite leaves the old file whole and no temporary file', async () => {
    const path = join(dir, 'library.bib');
    await writeFile(path, '@article{old, title={Old}}\n');
    await expect(writeFileAtomic(path, '@article{new, title={New}}\n', failingWrites)).rejects.toThrow('disk full');
    expect(await readFile(path, 'utf8')).toBe('@article{old, title={Old}}\n');
    expect(await readdir(dir)).toEqual(['library.bib']);
  });

  it('a rewrite replaces the file and leaves nothing else', async () => {
    const path = join(dir, 'library.json');
    await writeFile(path, '[]');
    await writeFileAtomic(path, '[{"id":"a"}]');
    expect(await readFile(path, 'utf8')).toBe('[{"id":"a"}]');
    expect(await readdir(dir)).toEqual(['library.json']);
  });

  it('writes a vault folder with its subfolders', async () => {
    const vault = join(dir, 'Lectern vault');
    await writeFolderAtomic(vault, [
      { path: 'Abstracts/smith2020.md', text: '# Smith' },
      { path: 'Notes/Synthesis.md', text: 'See [[smith2020]]' },
    ]);
    expect(await readFile(join(vault, 'Notes', 'Synthesis.md'), 'utf8')).toBe('See [[smith2020]]');
    expect(await readdir(dir)).toEqual(['Lectern vault']);
  });

  it('never writes into an existing folder, and a failed folder leaves nothing', async () => {
    const vault = join(dir, 'vault');
    await writeFolderAtomic(vault, [{ path: 'a.md', text: 'a' }]);
    await expect(writeFolderAtomic(vault, [{ path: 'b.md', text: 'b' }])).rejects.toThrow(/already exists/);
    expect(await readdir(vault)).toEqual(['a.md']);
    await expect(writeFolderAtomic(join(dir, 'other'), [{ path: 'a.md', text: 'aaaa' }], failingWrites)).rejects.toThrow('disk full');
    await expect(writeFolderAtomic(join(dir, 'escape'), [{ path: '../out.md', text: 'x' }])).rejects.toThrow(/not a path inside/);
    expect(await readdir(dir)).toEqual(['vault']);
  });
});

describe('the export routes', () => {
  const event = {};
  const routesWith = (choice: string | null, store = join(dir, 'live-exports.json')) =>
    exportRoutes<typeof event>({
      chooseExportPath: () => Promise.resolve(choice),
      liveTargets: createLiveTargets(store),
      now: () => 1_000,
    });

  it('writes nothing when the Save dialog is cancelled', async () => {
    const routes = routesWith(null);
    expect(await routes['export:save-file']({ suggestedName: 'a.bib', content: 'x' }, event)).toEqual({ saved: false });
    expect(await routes['export:save-folder']({ suggestedName: 'v', files: [{ path: 'a.md', text: 'x' }] }, event)).toEqual({ saved: false });
    expect(await routes['export:choose-live']({ suggestedName: 'a.bib' }, event)).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps a chosen file updated by its id, across a restart, until it is stopped', async () => {
    const path = join(dir, 'thesis.bib');
    const target = await routesWith(path)['export:choose-live']({ suggestedName: 'thesis.bib' }, event);
    if (target === null) throw new Error('a target expected');
    expect(target.path).toBe(path);
    // A new routes object reads the grants back, as main does after a restart.
    const restarted = routesWith(null);
    expect(await restarted['export:write-live']({ id: target.id, content: '@misc{a}' }, event)).toBe(1_000);
    expect(await readFile(path, 'utf8')).toBe('@misc{a}');
    await restarted['export:stop-live']({ id: target.id }, event);
    await expect(restarted['export:write-live']({ id: target.id, content: '@misc{b}' }, event)).rejects.toThrow(/no longer kept updated/);
    expect(await readFile(path, 'utf8')).toBe('@misc{a}');
  });

  it('refuses an id it never gave', async () => {
    await expect(routesWith(null)['export:write-live']({ id: 'made-up', content: 'x' }, event)).rejects.toThrow(/no longer kept updated/);
  });
});
