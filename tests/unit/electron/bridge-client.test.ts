/**
 * The renderer's Electron bridge client (what renderer/host/electron.ts wraps) against main's real routes, guards and parse pool, joined by
 * an in-process stand-in for Electron's IPC (events are delivered before the invoke's reply,
 * as Electron does). Only the Electron binary itself is missing from this chain.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { listSeedFiles } from '../../../electron/files';
import type { EventSender } from '../../../electron/import-job';
import { guardedHandler } from '../../../electron/ipc-handler';
import { ipcRoutes } from '../../../electron/ipc-routes';
import { createLiveTargets } from '../../../electron/exports/live-targets';
import { bundledParseWorker } from './bundled-parse-worker';
import { createParsePool } from '../../../electron/parse-pool';
import type { ParsePool } from '../../../electron/parse-pool';
import { createPathGrants } from '../../../electron/path-grants';
import { APP_ENTRY_URL, isAppUrl } from '../../../electron/security-policy';
import { createSnapshotFolder } from '../../../electron/snapshots/folder';
import { createSnapshotSchedule } from '../../../electron/snapshots/schedule';
import { createBridgeClient } from '../../../shared/ipc/bridge-client';
import { RECORDS_PER_BATCH } from '../../../shared/import/file-parts';
import { TEXT_PIECE_LENGTH } from '../../../shared/import/text-pieces';
import type { ImportedFile, ImportProgress } from '../../../shared/import/types';
import type {
  DroppedFile,
  EventChannel,
  EventPayload,
  InvokeChannel,
  InvokeResult,
  LecternBridge,
  PageInvokeChannel,
} from '../../../shared/ipc';
import { isEventChannel, isPageInvokeChannel, parseEventPayload } from '../../../shared/ipc';
import { grantDroppedFiles } from '../../../shared/ipc/grant-dropped';
import { backupBytes } from './fixtures/backup-bytes';

interface FakeMainState {
  opened: string[];
  dialogChoice: string[];
  /** What the Save dialog returns: null when cancelled. */
  savePath: string | null;
  /** The file names the page suggested to the Save dialog. */
  suggestedNames: string[];
  /** The snapshot requests the page settled. */
  settled: string[];
  invokeArgs: { channel: string; args: unknown[] }[];
  /** Every event and reply that crossed to the page, as the channel and its payload. */
  crossed: { channel: string; payload: unknown }[];
}

function connect(
  pool: ParsePool,
  seedsDir: string,
  diskPaths: Map<string, string>,
  snapshotDir = join(dir, 'snapshots'),
  onSettled: (requestId: string) => void = () => undefined,
) {
  const state: FakeMainState = {
    opened: [],
    dialogChoice: [],
    savePath: null,
    suggestedNames: [],
    settled: [],
    invokeArgs: [],
    crossed: [],
  };
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
  const frame = { senderFrame: { url: APP_ENTRY_URL } };
  // Like Electron, each event reaches the page as its own copy; like the preload, every listener
  // gets the payload only after the contract's guard passed it.
  const emit: EventSender = (channel, payload) => {
    state.crossed.push({ channel, payload });
    for (const listener of listeners.get(channel) ?? []) listener(structuredClone(payload));
  };
  const routes = ipcRoutes<typeof frame>({
    pool,
    seedsDir,
    grants: createPathGrants(),
    senderId: () => 1,
    chooseFiles: () => Promise.resolve(state.dialogChoice),
    openExternal: (url) => {
      state.opened.push(url);
      return Promise.resolve();
    },
    replyTo: () => emit,
    snapshots: createSnapshotFolder(snapshotDir),
    chooseSavePath: (_event, suggestedName) => {
      state.suggestedNames.push(suggestedName);
      return Promise.resolve(state.savePath);
    },
    snapshotSettled: (requestId) => {
      state.settled.push(requestId);
      onSettled(requestId);
    },
    exports: { chooseExportPath: () => Promise.resolve(null), liveTargets: createLiveTargets(join(snapshotDir, 'live-exports.json')) },
  });
  const send = async <K extends InvokeChannel>(channel: K, ...args: unknown[]): Promise<InvokeResult<K>> => {
    state.invokeArgs.push({ channel, args });
    const reply = await guardedHandler(channel, routes[channel], (url) => isAppUrl(url, APP_ENTRY_URL))(
      frame,
      ...args,
    );
    state.crossed.push({ channel, payload: reply });
    return structuredClone(reply);
  };
  const bridge: LecternBridge = {
    invoke<K extends PageInvokeChannel>(channel: K, ...args: unknown[]): Promise<InvokeResult<K>> {
      if (!isPageInvokeChannel(channel))
        return Promise.reject(new Error(`Unknown IPC channel “${String(channel)}”`));
      return send(channel, ...args);
    },
    on<K extends EventChannel>(channel: K, listener: (payload: EventPayload<K>) => void) {
      if (!isEventChannel(channel)) throw new Error(`Unknown IPC channel “${String(channel)}”`);
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      const forward = (payload: unknown): void => listener(parseEventPayload(channel, payload));
      set.add(forward);
      return () => set.delete(forward);
    },
    // The preload's own grant step, with file names standing in for webUtils.getPathForFile.
    grantDroppedFiles: (files: readonly DroppedFile[]) =>
      grantDroppedFiles(
        files,
        (file) => diskPaths.get(file.name) ?? '',
        (paths) => send('import:grant-dropped', { paths }),
      ),
  };
  return Object.assign(state, { bridge, emit });
}

const droppedFile = (name: string): File => new File(['ignored: main reads the path'], name);

/** Calls `import:read-paths` as the page could on its own, collecting the file headers it streams. */
async function readPathsDirectly(bridge: LecternBridge, paths: string[]): Promise<ImportedFile[]> {
  const headers: ImportedFile[] = [];
  const unsubscribe = bridge.on('import:file', ({ file }) => headers.push(file));
  try {
    await bridge.invoke('import:read-paths', { paths });
    return headers;
  } finally {
    unsubscribe();
  }
}

const root = join(import.meta.dirname, '../../..');
let pool: ParsePool;
let dir: string;
let seeds: string[];

beforeAll(async () => {
  pool = createParsePool({ workerPath: await bundledParseWorker(), size: 1 });
  dir = await mkdtemp(join(tmpdir(), 'lectern-host-'));
  seeds = await listSeedFiles(join(root, 'seeds'));
}, 60_000);
afterAll(async () => {
  await pool.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the Electron bridge client (renderer side) over main’s real routes', { timeout: 60_000 }, () => {
  it('reads the bundled seeds, reporting progress up to done', async () => {
    const host = createBridgeClient(connect(pool, join(root, 'seeds'), new Map()).bridge);
    const progress: ImportProgress[] = [];
    const files = await host.readBundledSeeds((p) => progress.push(p));
    expect(files).toHaveLength(seeds.length);
    expect(files.every((file) => file.parsed.error === null && file.parsed.records.length > 0)).toBe(true);
    expect(progress.at(-1)).toEqual({ filesDone: seeds.length, filesTotal: seeds.length, fileName: null });
  });

  it('imports what the dialog returns, and nothing when it is cancelled', async () => {
    const main = connect(pool, join(root, 'seeds'), new Map());
    const host = createBridgeClient(main.bridge);
    main.dialogChoice = [seeds[1] ?? ''];
    expect((await host.pickAndReadFiles()).map((file) => file.fileName)).toEqual([
      seeds[1]?.split('/').pop(),
    ]);
    main.dialogChoice = [];
    expect(await host.pickAndReadFiles()).toEqual([]);
  });

  it('gives a chosen file’s bytes again by its job and place (sync shares them), and nothing for a job it never ran', async () => {
    const main = connect(pool, join(root, 'seeds'), new Map());
    const host = createBridgeClient(main.bridge);
    const chosen = join(dir, 'reread.txt');
    await writeFile(chosen, 'Reread me.\n\nThis abstract is read twice: once to import it, once to share it.\n');
    main.dialogChoice = [chosen];
    const [file] = await host.pickAndReadFiles();
    expect(await file?.readBytes()).toEqual(new Uint8Array(await readFile(chosen)));
    expect(await main.bridge.invoke('import:file-bytes', { jobId: 'not-a-job', index: 0 })).toBeNull();
    await expect(main.bridge.invoke('import:file-bytes', { jobId: 'x', index: -1 })).rejects.toThrow();
  });

  it('reads dropped files by their paths, keeps drop order, and reports files it may not or cannot read', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    const onDisk = new Map([
      ['a.txt', seeds[0] ?? ''],
      ['empty.txt', join(dir, 'empty.txt')],
      ['id_rsa', '/home/ada/.ssh/id_rsa'],
    ]);
    const main = connect(pool, join(root, 'seeds'), onDisk);
    const dropped = ['a.txt', 'clipboard.txt', 'id_rsa', 'empty.txt'].map(droppedFile);
    const files = await createBridgeClient(main.bridge).readDroppedFiles(dropped);
    expect(files.map((file) => file.fileName)).toEqual([
      seeds[0]?.split('/').pop(),
      'clipboard.txt',
      'id_rsa',
      'empty.txt',
    ]);
    expect(files[0]?.parsed.error).toBeNull();
    expect(files[1]?.parsed.error).toBe('it is not a file on disk.');
    expect(files[2]?.parsed.error).toMatch(/^Lectern imports text captures and reference files/);
    expect(files[3]?.parsed.error).toEqual(expect.any(String));
    expect(main.invokeArgs).toEqual([
      { channel: 'import:grant-dropped', args: [{ paths: [seeds[0], join(dir, 'empty.txt')] }] },
      { channel: 'import:read-paths', args: [{ paths: [seeds[0], join(dir, 'empty.txt')] }] },
    ]);
  });

  it('reads a dropped BibTeX file too: a drop takes every format the importer reads', async () => {
    const bib = join(dir, 'library.bib');
    await writeFile(bib, '@article{ada2020,\n  title = {Dropped on the desktop},\n  author = {Lovelace, Ada},\n  year = {2020}\n}\n');
    const main = connect(pool, join(root, 'seeds'), new Map([['library.bib', bib]]));
    const [file] = await createBridgeClient(main.bridge).readDroppedFiles([droppedFile('library.bib')]);
    expect(file?.parsed.error).toBeNull();
    expect(file?.parsed.records.map((record) => record.title)).toEqual(['Dropped on the desktop']);
  });

  it('refuses to read a path that was never dropped or chosen, and a dropped file a second time', async () => {
    await writeFile(join(dir, 'notes.txt'), 'private notes');
    const main = connect(pool, join(root, 'seeds'), new Map([['a.txt', seeds[0] ?? '']]));
    const neverGranted = await readPathsDirectly(main.bridge, [join(dir, 'notes.txt')]);
    expect(neverGranted.map((file) => file.parsed.error)).toEqual([
      'it was not dropped on the window or chosen with Import.',
    ]);
    expect(neverGranted[0]?.byteLength).toBe(0);

    const host = createBridgeClient(main.bridge);
    expect((await host.readDroppedFiles([droppedFile('a.txt')]))[0]?.parsed.error).toBeNull();
    const again = await readPathsDirectly(main.bridge, [seeds[0] ?? '']);
    expect(again[0]?.parsed.error).toMatch(/was not dropped on the window or chosen with Import/);
  });

  it('brings a file longer than one text piece, with more than one batch of records, whole and in small messages', async () => {
    const large = join(dir, 'large.txt');
    const abstract = 'We study how stochastic gradient descent learns functions of increasing complexity. ';
    await writeFile(
      large,
      Array.from({ length: 2_500 }, (_, i) => `Abstract ${i}. ${abstract.repeat(2)}`).join('\n') + '\n',
    );
    const main = connect(pool, join(root, 'seeds'), new Map([['large.txt', large]]));
    const [arrived] = await createBridgeClient(main.bridge).readDroppedFiles([droppedFile('large.txt')]);

    const [parsed] = await pool.parseFiles([large]);
    expect(parsed?.parsed.error).toBeNull();
    expect(parsed?.textPieces.length).toBeGreaterThan(1);
    for (const piece of parsed?.textPieces ?? []) expect(piece.length).toBeLessThanOrEqual(TEXT_PIECE_LENGTH);
    expect(parsed?.parsed.records.length).toBeGreaterThan(RECORDS_PER_BATCH);
    expect(arrived).toEqual({ ...parsed, readBytes: expect.any(Function) as unknown });

    // No message the page decodes holds more than one piece of text or one batch of records.
    const sizes = main.crossed.map(({ channel, payload }) => ({
      channel,
      size: JSON.stringify(payload ?? null).length,
    }));
    const largestPart = Math.max(
      ...(parsed?.textPieces ?? []).map((piece) => JSON.stringify(piece).length),
      ...main.crossed
        .filter(({ channel }) => channel === 'import:records')
        .map(({ payload }) => JSON.stringify(payload).length),
    );
    expect(sizes.filter(({ channel }) => channel === 'import:text')).toHaveLength(
      parsed?.textPieces.length ?? 0,
    );
    expect(sizes.filter(({ channel }) => channel === 'import:records').length).toBeGreaterThan(1);
    for (const { channel, size } of sizes) expect(size, channel).toBeLessThanOrEqual(largestPart + 1_000);
    expect(sizes.find(({ channel }) => channel === 'import:read-paths')?.size).toBeLessThan(1_000);
  });

  it('keeps the grant channel away from the page', async () => {
    const main = connect(pool, join(root, 'seeds'), new Map());
    await expect(
      main.bridge.invoke('import:grant-dropped' as PageInvokeChannel, { paths: [join(dir, 'notes.txt')] }),
    ).rejects.toThrow('Unknown IPC channel “import:grant-dropped”');
  });

  it('splits a drop larger than one call may carry, with progress over the whole drop', async () => {
    const names = Array.from({ length: 501 }, (_, i) => `missing-${i}.txt`);
    const main = connect(pool, join(root, 'seeds'), new Map(names.map((name) => [name, join(dir, name)])));
    const progress: ImportProgress[] = [];
    const files = await createBridgeClient(main.bridge).readDroppedFiles(names.map(droppedFile), (p) =>
      progress.push(p),
    );
    expect(files.map((file) => file.fileName)).toEqual(names);
    expect(files.every((file) => file.parsed.error === 'the file does not exist.')).toBe(true);
    expect(
      main.invokeArgs
        .filter(({ channel }) => channel === 'import:read-paths')
        .map(({ args }) => (args[0] as { paths: string[] }).paths.length),
    ).toEqual([500, 1]);
    expect(progress.every((p) => p.filesTotal === 501)).toBe(true);
    expect(progress.at(-1)).toEqual({ filesDone: 501, filesTotal: 501, fileName: null });
  });

  it('runs one job at a time, so each caller sees only its own progress', async () => {
    const host = createBridgeClient(
      connect(pool, join(root, 'seeds'), new Map([['a.txt', seeds[0] ?? '']])).bridge,
    );
    const seedProgress: ImportProgress[] = [];
    const dropProgress: ImportProgress[] = [];
    const [seedFiles, dropFiles] = await Promise.all([
      host.readBundledSeeds((p) => seedProgress.push(p)),
      host.readDroppedFiles([droppedFile('a.txt')], (p) => dropProgress.push(p)),
    ]);
    expect(seedFiles).toHaveLength(seeds.length);
    expect(dropFiles).toHaveLength(1);
    expect(seedProgress.every((p) => p.filesTotal === seeds.length)).toBe(true);
    expect(dropProgress.every((p) => p.filesTotal === 1)).toBe(true);
  });

  it('opens only http(s) links, through main', async () => {
    const main = connect(pool, join(root, 'seeds'), new Map());
    const host = createBridgeClient(main.bridge);
    host.openExternal('https://arxiv.org/abs/2101.00001');
    host.openExternal('javascript:alert(1)');
    host.openExternal('file:///etc/passwd');
    await vi.waitFor(() => expect(main.opened).toEqual(['https://arxiv.org/abs/2101.00001']));
  });

  it('passes app menu commands on until unsubscribed', () => {
    const main = connect(pool, join(root, 'seeds'), new Map());
    const listener = vi.fn();
    const unsubscribe = createBridgeClient(main.bridge).onCommand(listener);
    main.emit('app:command', 'import');
    unsubscribe();
    main.emit('app:command', 'import');
    expect(listener).toHaveBeenCalledExactlyOnceWith('import');
  });

  it('delivers the File menu’s backup and restore commands', () => {
    const main = connect(pool, join(root, 'seeds'), new Map());
    const listener = vi.fn();
    createBridgeClient(main.bridge).onCommand(listener);
    main.emit('app:command', 'backup');
    main.emit('app:command', 'restore');
    expect(listener.mock.calls).toEqual([['backup'], ['restore']]);
  });
});

describe('snapshots and backups through the Electron bridge', { timeout: 60_000 }, () => {
  let snapshotDir: string;
  beforeEach(async () => {
    snapshotDir = await mkdtemp(join(dir, 'snapshots-'));
  });

  const blobOf = (bytes: Uint8Array): Blob => new Blob([new Uint8Array(bytes)]);

  it('keeps a snapshot in main’s folder, lists it and reads back the same bytes', async () => {
    const client = createBridgeClient(connect(pool, join(root, 'seeds'), new Map(), snapshotDir).bridge);
    const bytes = backupBytes('2026-12-04T09:30:00Z', 4);
    const saved = await client.snapshots.save(blobOf(bytes), 'before-restore');
    expect(saved).toMatchObject({
      reason: 'before-restore',
      createdAt: '2026-12-04T09:30:00.000Z',
      bytes: bytes.length,
    });
    expect(saved.tables).toEqual({ abstracts: 4, tags: 1 });
    expect(await readdir(snapshotDir)).toContain(saved.id);
    expect(await client.snapshots.list()).toEqual([saved]);
    const read = await client.snapshots.read(saved.id);
    expect(read).toBeInstanceOf(Blob);
    expect(new Uint8Array(await read.arrayBuffer())).toEqual(bytes);
  });

  it('keeps nothing that is not a Lectern backup, and reads nothing main did not list', async () => {
    const main = connect(pool, join(root, 'seeds'), new Map(), snapshotDir);
    const client = createBridgeClient(main.bridge);
    await expect(client.snapshots.save(new Blob(['not a backup']), 'quit')).rejects.toThrow(
      'It is not a Lectern backup',
    );
    expect(await readdir(snapshotDir)).toEqual([]);
    await writeFile(join(dir, 'private.lectern'), backupBytes('2026-12-04T09:30:00Z'));
    await expect(client.snapshots.read('../private.lectern')).rejects.toThrow(
      'argument.id must be a snapshot’s file name',
    );
    await expect(client.snapshots.read('lectern-2026-12-04T09-30-00-000Z-quit.lectern')).rejects.toThrow(
      'That snapshot is no longer kept.',
    );
  });

  it('saves a backup where the Save dialog says, and nothing when it is cancelled', async () => {
    const main = connect(pool, join(root, 'seeds'), new Map(), snapshotDir);
    const client = createBridgeClient(main.bridge);
    const bytes = backupBytes('2026-12-04T09:30:00Z');
    expect(await client.saveBackupFile(blobOf(bytes), 'Lectern 2026-12-04.lectern')).toBe(false);
    main.savePath = join(snapshotDir, 'chosen.lectern');
    expect(await client.saveBackupFile(blobOf(bytes), 'Lectern 2026-12-04.lectern')).toBe(true);
    expect(new Uint8Array(await readFile(main.savePath))).toEqual(bytes);
    expect(main.suggestedNames).toEqual(['Lectern 2026-12-04.lectern', 'Lectern 2026-12-04.lectern']);
    await expect(client.saveBackupFile(blobOf(bytes), '../../.bashrc')).rejects.toThrow(
      'argument.suggestedName',
    );
  });

  it('answers main’s request: every listener runs with the reason, then the request is settled, even when one fails', async () => {
    const main = connect(pool, join(root, 'seeds'), new Map(), snapshotDir);
    const client = createBridgeClient(main.bridge);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reasons: string[] = [];
    client.onSnapshotRequest((reason) => {
      reasons.push(reason);
      return Promise.resolve();
    });
    const unsubscribe = client.onSnapshotRequest(() => Promise.reject(new Error('disk full')));
    main.emit('snapshot:request', { requestId: 'r1', reason: 'periodic' });
    await vi.waitFor(() => expect(main.settled).toEqual(['r1']));
    expect(reasons).toEqual(['periodic']);
    expect(error).toHaveBeenCalledWith('Lectern: the automatic snapshot failed.', new Error('disk full'));
    unsubscribe();
    main.emit('snapshot:request', { requestId: 'r2', reason: 'quit' });
    await vi.waitFor(() => expect(main.settled).toEqual(['r1', 'r2']));
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it('settles at once when nothing listens, and one request at a time otherwise', async () => {
    const main = connect(pool, join(root, 'seeds'), new Map(), snapshotDir);
    const client = createBridgeClient(main.bridge);
    main.emit('snapshot:request', { requestId: 'unheard', reason: 'quit' });
    await vi.waitFor(() => expect(main.settled).toEqual(['unheard']));

    const running: string[] = [];
    let release = (): void => undefined;
    client.onSnapshotRequest(async (reason) => {
      running.push(`start ${reason}`);
      if (reason === 'periodic') await new Promise<void>((resolve) => (release = resolve));
      running.push(`end ${reason}`);
    });
    main.emit('snapshot:request', { requestId: 'p', reason: 'periodic' });
    main.emit('snapshot:request', { requestId: 'q', reason: 'quit' });
    await vi.waitFor(() => expect(running).toEqual(['start periodic']));
    expect(main.settled).toEqual(['unheard']);
    release();
    await vi.waitFor(() => expect(main.settled).toEqual(['unheard', 'p', 'q']));
    expect(running).toEqual(['start periodic', 'end periodic', 'start quit', 'end quit']);
  });

  it('lets the app quit once the page has kept its snapshot on quit', async () => {
    let settle: (requestId: string) => void = () => undefined;
    const main = connect(pool, join(root, 'seeds'), new Map(), snapshotDir, (requestId) => settle(requestId));
    const schedule = createSnapshotSchedule({
      send: (request) => {
        main.emit('snapshot:request', request);
        return true;
      },
    });
    settle = (requestId) => schedule.settled(requestId);
    const client = createBridgeClient(main.bridge);
    client.onSnapshotRequest(async (reason) => {
      await client.snapshots.save(new Blob([new Uint8Array(backupBytes('2026-12-04T18:00:00Z'))]), reason);
    });
    const quit = vi.fn();
    const beforeQuit = { preventDefault: vi.fn() };
    schedule.intercept(beforeQuit, 'quit', quit);
    expect(beforeQuit.preventDefault).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce());
    expect((await client.snapshots.list()).map((info) => info.reason)).toEqual(['quit']);
    schedule.dispose();
  });
});
