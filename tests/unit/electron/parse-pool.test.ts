import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listSeedFiles } from '../../../electron/files';
import { runImportJob } from '../../../electron/import-job';
import type { EventSender } from '../../../electron/import-job';
import { createParsePool } from '../../../electron/parse-pool';
import { bundledParseWorker } from './bundled-parse-worker';
import type { ParsePool } from '../../../electron/parse-pool';
import { appendPart } from '../../../shared/import/file-parts';
import type { ImportProgress } from '../../../shared/import/types';
import type {
  EventChannel,
  EventPayload,
  ImportFileEvent,
  ImportRecordsEvent,
  ImportTextEvent,
} from '../../../shared/ipc';
import { parseEventPayload } from '../../../shared/ipc';
import { importFailure } from '../../../shared/ipc/import-failure';

const root = join(import.meta.dirname, '../../..');
/** The real worker, bundled as the build bundles out/main/parse-worker.js. */
const realWorker = { workerPath: '' };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-pool-'));
  realWorker.workerPath = await bundledParseWorker();
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the parse pool with the real worker', { timeout: 60_000 }, () => {
  let pool: ParsePool;
  beforeAll(() => {
    pool = createParsePool({ ...realWorker, size: 2 });
  });
  afterAll(() => pool.close());

  it('parses the bundled seeds into ImportedFiles, in order, hashed and with display forms', async () => {
    const paths = await listSeedFiles(join(root, 'seeds'));
    const progress: ImportProgress[] = [];
    const files = await pool.parseFiles(paths, { onProgress: (p) => progress.push(p) });

    expect(files.map((file) => file.fileName)).toEqual(paths.map((path) => path.split('/').pop()));
    for (const [index, file] of files.entries()) {
      const bytes = await readFile(paths[index] ?? '');
      expect(file.parsed.error, file.fileName).toBeNull();
      expect(file.byteLength).toBe(bytes.byteLength);
      expect(file.contentHash).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(file.parsed.records.length, file.fileName).toBeGreaterThan(0);
      expect(file.displays).toHaveLength(file.parsed.records.length);
    }
    expect(files.reduce((sum, file) => sum + file.parsed.records.length, 0)).toBeGreaterThanOrEqual(26);

    expect(progress[0]).toEqual({
      filesDone: 0,
      filesTotal: paths.length,
      fileName: '000_9dbf7397c9f611e8.txt',
    });
    expect(progress.at(-1)).toEqual({ filesDone: paths.length, filesTotal: paths.length, fileName: null });
    expect(progress.map((p) => p.filesDone)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('turns unreadable, empty and binary files into per-file errors without failing the others', async () => {
    const good = (await listSeedFiles(join(root, 'seeds')))[0] ?? '';
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(
      join(dir, 'binary.txt'),
      new Uint8Array([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
      ]),
    );
    const files = await pool.parseFiles([
      join(dir, 'missing.txt'),
      join(dir, 'empty.txt'),
      good,
      join(dir, 'binary.txt'),
      dir,
    ]);

    expect(files.map((file) => file.fileName)).toEqual([
      'missing.txt',
      'empty.txt',
      good.split('/').pop(),
      'binary.txt',
      dir.split('/').pop(),
    ]);
    expect(files[0]?.parsed.error).toBe('the file does not exist.');
    expect(files[1]?.parsed.error).toEqual(expect.any(String));
    expect(files[1]?.parsed.records).toEqual([]);
    expect(files[2]?.parsed.error).toBeNull();
    expect(files[3]?.parsed.error).toEqual(expect.any(String));
    expect(files[3]?.parsed.records).toEqual([]);
    expect(files[4]?.parsed.error).toMatch(/it is a folder, not a file\.$/);
  });

  it('applies the size cap inside the worker', async () => {
    const small = createParsePool({ ...realWorker, size: 1, maxBytes: 1024 });
    try {
      await writeFile(join(dir, 'large.txt'), 'word '.repeat(1000));
      const [file] = await small.parseFiles([join(dir, 'large.txt')]);
      expect(file?.parsed.error).toBe('it is 4.9 KB, over the 1 KB limit for a capture.');
    } finally {
      await small.close();
    }
  });
});

describe('runImportJob', { timeout: 60_000 }, () => {
  let pool: ParsePool;
  beforeAll(() => {
    pool = createParsePool({ ...realWorker, size: 1 });
  });
  afterAll(() => pool.close());

  it('streams each file as a header, then its text and records, tagged with the job id and its index', async () => {
    const paths = (await listSeedFiles(join(root, 'seeds'))).slice(0, 2);
    const refusal = importFailure('notes.txt', 'it was not dropped on the window or chosen with Import.');
    const events: { channel: EventChannel; payload: unknown }[] = [];
    const send: EventSender = <K extends EventChannel>(channel: K, payload: EventPayload<K>) => {
      // What the preload would accept: every event must pass the contract's guard.
      events.push({ channel, payload: parseEventPayload(channel, payload) });
    };
    const job = await runImportJob(pool, [paths[0] ?? '', refusal, paths[1] ?? ''], send, 'job-1');

    expect(job).toEqual({
      jobId: 'job-1',
      fileNames: [paths[0]?.split('/').pop(), 'notes.txt', paths[1]?.split('/').pop()],
    });
    const headers = events
      .filter((e) => e.channel === 'import:file')
      .map((e) => e.payload as ImportFileEvent);
    expect(headers.map(({ jobId, index }) => ({ jobId, index }))).toEqual(
      expect.arrayContaining([0, 1, 2].map((index) => ({ jobId: 'job-1', index }))),
    );
    expect(headers.find((header) => header.index === 1)?.file).toEqual(refusal);
    const whole = await pool.parseFiles(paths);
    for (const [pathIndex, index] of [0, 2].entries()) {
      const streamed = headers.find((header) => header.index === index)?.file;
      for (const e of events) {
        const part = e.payload as { index?: number };
        if (part.index !== index || !streamed) continue;
        if (e.channel === 'import:text')
          appendPart(streamed, { type: 'text', ...(e.payload as ImportTextEvent) });
        if (e.channel === 'import:records')
          appendPart(streamed, { type: 'records', ...(e.payload as ImportRecordsEvent) });
      }
      expect(streamed).toEqual(whole[pathIndex]);
    }
    const progress = events.filter((e) => e.channel === 'import:progress').map((e) => e.payload);
    expect(progress[0]).toMatchObject({ jobId: 'job-1', filesDone: 0, filesTotal: 2 });
    expect(progress.at(-1)).toEqual({ jobId: 'job-1', filesDone: 2, filesTotal: 2, fileName: null });
  });
});

describe('the parse pool when a worker dies', () => {
  const flaky = { workerPath: join(import.meta.dirname, 'fixtures/flaky-parse-worker.mjs') };
  let pool: ParsePool | null = null;
  afterEach(async () => {
    await pool?.close();
  });

  it('fails only the file the worker was on and carries on with a fresh worker', async () => {
    pool = createParsePool({ ...flaky, size: 1 });
    const files = await pool.parseFiles(['/c/a.txt', '/c/crash.txt', '/c/b.txt']);
    expect(files.map((file) => file.fileName)).toEqual(['a.txt', 'crash.txt', 'b.txt']);
    expect(files[0]?.parsed.error).toBeNull();
    expect(files[1]?.parsed.error).toBe('the parser stopped unexpectedly (exit code 3).');
    expect(files[2]?.parsed.error).toBeNull();
  });

  it('answers files still waiting when the pool closes, instead of leaving the import hanging', async () => {
    pool = createParsePool({ ...flaky, size: 1 });
    const pending = pool.parseFiles(['/c/a.txt', '/c/b.txt', '/c/c.txt']);
    await pool.close();
    const files = await pending;
    expect(files).toHaveLength(3);
    expect(files.some((file) => file.parsed.error === 'the app is closing.')).toBe(true);
  });

  it('refuses new work once closed, per file', async () => {
    pool = createParsePool({ ...flaky, size: 1 });
    await pool.close();
    const [file] = await pool.parseFiles(['/c/late.txt']);
    expect(file?.parsed.error).toBe('the app is closing.');
  });
});
