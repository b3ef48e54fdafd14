import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { createLibraryToken } from '../../shared/sync/library-token';
import { LIVE_TAG_PATH, type EditTarget, type LayerCounts, type SyncBenchGlobals, type SyncEdit } from '../../tests/bench/sync-bench-api';
import { BENCH_ORIGIN, launch } from './browser';
import { startProfiler } from './cpu-profile';
import { absoluteRow, median, percentile, type BenchRow } from './report';
import { startBenchSyncServer, type BenchSyncServer } from './sync-server';

/** The figures: 50 single edits, p95 within 250 ms. */
const EDITS = 50;
const LATENCY_TARGET_MS = 250;
const SERIALISE_RUNS = 5;
/**
 * The second device (the initial sync and the edits) runs up to this size: the initial-sync figure is for a
 * 10k library, and at the rate the bridge applies a first sync here (about 200 rows/s) a 100k library's would add
 * over ten minutes to the run. Above it the server's memory is read with the first device's upload alone.
 */
const SECOND_DEVICE_MAX_SIZE = 10_000;
/** Generous: the first sync of a large library on a loaded machine takes minutes, and a hang must still end. */
const syncTimeoutMs = (size: number): number => Math.max(300_000, size * 120);
const EDIT_TIMEOUT_MS = 30_000;
/** The server stores a changed document after 2 s of quiet; its memory is read once that has happened. */
const STORE_SETTLE_MS = 3_000;

const megabytes = (bytes: number): number => bytes / 1e6;
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Device {
  context: BrowserContext;
  page: Page;
}

async function openDevice(profile: string): Promise<Device> {
  const context = await launch(profile);
  const page = await context.newPage();
  await page.goto(`${BENCH_ORIGIN}/bench/index.html`);
  await page.waitForFunction(() => (globalThis as unknown as SyncBenchGlobals).lecternSyncBench !== undefined);
  return { context, page };
}

const connect = (device: Device, address: string, token: string, name: string): Promise<void> =>
  device.page.evaluate(([a, t, n]) => (globalThis as unknown as Required<SyncBenchGlobals>).lecternSyncBench.connect(a, t, n), [address, token, name] as const);

/** Status edits and tag additions in turn, each on a different abstract. */
function editOf(target: EditTarget, index: number): SyncEdit {
  if (index % 2 === 1) return { kind: 'tag', abstractUid: target.abstractUid, tagPath: LIVE_TAG_PATH };
  return { kind: 'status', abstractUid: target.abstractUid, status: target.status === 'read' ? 'reading' : 'read' };
}

/** From each edit's commit on the first device to its row showing in the second device's Dexie, one at a time (ms). */
async function editLatencies(first: Device, second: Device): Promise<number[]> {
  const targets = await first.page.evaluate((n) => (globalThis as unknown as Required<SyncBenchGlobals>).lecternSyncBench.editTargets(n), EDITS);
  const latencies: number[] = [];
  for (const [index, target] of targets.entries()) {
    const edit = editOf(target, index);
    await second.page.evaluate((e) => (globalThis as unknown as Required<SyncBenchGlobals>).lecternSyncBench.watchFor(e), edit);
    const committedAt = await first.page.evaluate((e) => (globalThis as unknown as Required<SyncBenchGlobals>).lecternSyncBench.makeEdit(e), edit);
    const seenAt = await second.page.evaluate((t) => (globalThis as unknown as Required<SyncBenchGlobals>).lecternSyncBench.seenAt(t), EDIT_TIMEOUT_MS);
    latencies.push(seenAt - committedAt);
  }
  return latencies;
}

type ServerMemory = { rssBytes: number; peakBytes: number };

/** What the second device measured; null above SECOND_DEVICE_MAX_SIZE. */
interface SecondDeviceFigures {
  initialSyncMs: number;
  latencies: number[];
}

interface SyncFigures {
  layer: LayerCounts;
  serialise: { rows: number; ms: number; chars: number };
  uploadMs: number;
  second: SecondDeviceFigures | null;
  idleServer: ServerMemory;
  loadedServer: ServerMemory;
}

// Callbacks given to page.evaluate run inside the bench page, where `lecternSyncBench` is published.
async function secondDevice(server: BenchSyncServer, profile: string, token: string, first: Device, layer: LayerCounts, size: number): Promise<SecondDeviceFigures & { memory: ServerMemory }> {
  const second = await openDevice(profile);
  try {
    const profiler = await startProfiler(second.page, `sync-${size}`);
    await connect(second, server.address, token, 'Bench device B');
    const initialSyncMs = await second.page.evaluate(
      ([expected, t]) => (globalThis as unknown as Required<SyncBenchGlobals>).lecternSyncBench.whenLayerHolds(expected, t),
      [layer, syncTimeoutMs(size)] as const,
    );
    await profiler.stop();
    await pause(STORE_SETTLE_MS);
    const memory = server.memory();
    return { initialSyncMs, latencies: await editLatencies(first, second), memory };
  } finally {
    await closeDevice(second);
  }
}

async function closeDevice(device: Device): Promise<void> {
  await device.page.evaluate(() => (globalThis as unknown as Required<SyncBenchGlobals>).lecternSyncBench.disconnect()).catch(() => undefined);
  await device.context.close();
}

async function measure(server: BenchSyncServer, firstProfile: string, secondProfile: string, size: number): Promise<SyncFigures> {
  const token = createLibraryToken();
  // Once its start-up (loading and compiling its code) has settled.
  await pause(STORE_SETTLE_MS);
  const idleServer = server.memory();
  const first = await openDevice(firstProfile);
  try {
    const layer = await first.page.evaluate(() => (globalThis as unknown as Required<SyncBenchGlobals>).lecternSyncBench.seedUserLayer());
    const serialise = await first.page.evaluate((runs) => (globalThis as unknown as Required<SyncBenchGlobals>).lecternSyncBench.serialiseLayer(runs), SERIALISE_RUNS);
    await connect(first, server.address, token, 'Bench device A');
    const uploadMs = await first.page.evaluate((t) => (globalThis as unknown as Required<SyncBenchGlobals>).lecternSyncBench.whenUploaded(t), syncTimeoutMs(size));
    if (size > SECOND_DEVICE_MAX_SIZE) {
      await pause(STORE_SETTLE_MS);
      return { layer, serialise, uploadMs, second: null, idleServer, loadedServer: server.memory() };
    }
    const { memory, ...second } = await secondDevice(server, secondProfile, token, first, layer, size);
    return { layer, serialise, uploadMs, second, idleServer, loadedServer: memory };
  } finally {
    await closeDevice(first);
  }
}

function secondDeviceRows(size: number, rows: number, serialiseMs: number, { initialSyncMs, latencies }: SecondDeviceFigures): BenchRow[] {
  const p95 = percentile(latencies, 0.95);
  return [
    {
      size,
      what: `sync: initial sync to a second device (connect to the whole layer in its Dexie; baseline: JSON.stringify of the ${rows.toLocaleString('en')} rows)`,
      value: initialSyncMs,
      unit: 'ms',
      baseline: serialiseMs,
      ratio: initialSyncMs / serialiseMs,
      target: 'report',
      met: null,
    },
    absoluteRow(size, `sync: edit to visible on the other device, p50 (${latencies.length} edits: status, tag)`, median(latencies), 'ms'),
    absoluteRow(size, '  p95', p95, 'ms', `≤ ${LATENCY_TARGET_MS} ms`, p95 <= LATENCY_TARGET_MS),
    absoluteRow(size, '  slowest', Math.max(...latencies), 'ms'),
  ];
}

function rowsOf(size: number, { serialise, uploadMs, second, idleServer, loadedServer }: SyncFigures): BenchRow[] {
  const loadedMb = megabytes(loadedServer.rssBytes);
  const idleMb = megabytes(idleServer.rssBytes);
  const devices = second === null ? 'one device connected' : 'two devices connected';
  return [
    absoluteRow(size, `sync: first device uploads its library's user layer (${serialise.rows.toLocaleString('en')} rows; connect to acknowledged)`, uploadMs, 'ms'),
    ...(second === null ? [] : secondDeviceRows(size, serialise.rows, serialise.ms, second)),
    {
      size,
      what: `sync server memory (RSS) with the library loaded, ${devices} (baseline: the idle server)`,
      value: loadedMb,
      unit: 'MB',
      baseline: idleMb,
      ratio: loadedMb / idleMb,
      target: 'report',
      met: null,
    },
    absoluteRow(size, '  its peak during the syncs (VmHWM)', megabytes(loadedServer.peakBytes), 'MB'),
  ];
}

/**
 * Sync between two devices through a real sync server, on copies of the library the import just built (profile
 * `profile`, left untouched): the first device gets a user layer, connects and uploads it; the second, which holds
 * the same imported captures, connects with the token and is timed until its Dexie holds the whole layer; then single
 * edits on the first are timed until they show on the second (up to SECOND_DEVICE_MAX_SIZE; above it, the upload and
 * the server's memory only).
 */
export async function syncRows(profile: string, size: number): Promise<BenchRow[]> {
  const firstProfile = mkdtempSync(join(tmpdir(), `lectern-bench-sync-a-${size}-`));
  const secondProfile = mkdtempSync(join(tmpdir(), `lectern-bench-sync-b-${size}-`));
  const server = await startBenchSyncServer();
  try {
    cpSync(profile, firstProfile, { recursive: true });
    cpSync(profile, secondProfile, { recursive: true });
    const figures = await measure(server, firstProfile, secondProfile, size);
    const second = figures.second;
    const latencies = second === null ? 'not measured' : `${second.latencies.map(Math.round).sort((a, b) => a - b).join('/')} ms`;
    console.log(
      `${size}: sync layer ${JSON.stringify(figures.layer)}; JSON.stringify of ${figures.serialise.rows} rows ${figures.serialise.ms.toFixed(1)} ms ` +
        `(${(figures.serialise.chars / 1e6).toFixed(1)} M characters); upload ${Math.round(figures.uploadMs)} ms; initial sync ${second === null ? '—' : Math.round(second.initialSyncMs)} ms; ` +
        `edit to visible ${latencies}; server RSS idle ${megabytes(figures.idleServer.rssBytes).toFixed(0)} MB, loaded ` +
        `${megabytes(figures.loadedServer.rssBytes).toFixed(0)} MB, peak ${megabytes(figures.loadedServer.peakBytes).toFixed(0)} MB`,
    );
    return rowsOf(size, figures);
  } finally {
    await server.stop();
    rmSync(firstProfile, { recursive: true, force: true });
    rmSync(secondProfile, { recursive: true, force: true });
  }
}
