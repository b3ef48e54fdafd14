import { allAbstracts } from '../../../renderer/db/abstracts/records';
import { db } from '../../../renderer/db/schema/database';
import { SearchService } from '../../../renderer/db/search/search-service';
import { searchClient } from '../../../renderer/db/search/search-client';
import type { KeystrokeFigures, SearchBenchApi, SearchBuildFigures } from '../bench-api';

interface MemoryPerformance {
  memory?: { usedJSHeapSize: number };
}

/** The used heap after a full collection (Chromium started with --js-flags=--expose-gc), or null. */
async function settledHeap(): Promise<number | null> {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect === undefined) return null;
  collect();
  await new Promise((resolve) => setTimeout(resolve, 100));
  collect();
  return (performance as MemoryPerformance).memory?.usedJSHeapSize ?? null;
}

let keep: SearchService | null = null;

async function build(): Promise<SearchBuildFigures> {
  await db.searchIndex.clear();
  const before = await settledHeap();
  const started = performance.now();
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  keep = new SearchService(db, { status: (status) => status.state === 'ready' && markReady(), changed: () => undefined });
  await keep.start();
  await ready;
  const buildMs = performance.now() - started;
  const after = await settledHeap();
  keep.stop();
  const chunks = await db.searchIndex.toArray();
  const savedChars = chunks.reduce((sum, row) => sum + ('data' in row ? row.data.length : 0), 0);
  return { documents: keep.documentCount, buildMs, heapBytes: before === null || after === null ? null : after - before, savedChars };
}

function whenReady(): Promise<void> {
  const client = searchClient();
  return new Promise((resolve) => {
    const check = (): void => {
      if (client.status().state !== 'ready') return;
      stop();
      resolve();
    };
    const stop = client.subscribe(check);
    check();
  });
}

async function readyAfterRestart(): Promise<number> {
  const started = performance.now();
  await whenReady();
  await searchClient().query('learning');
  return performance.now() - started;
}

/** The baseline search is measured against: every whole abstract read from IndexedDB (its row and its text). */
async function toArrayAfterRestart(): Promise<number> {
  const started = performance.now();
  await allAbstracts();
  return performance.now() - started;
}

/** Every prefix of each query, as a user types it. */
function keystrokes(queries: string[]): string[][] {
  return queries.map((query) => Array.from({ length: query.length }, (_, at) => query.slice(0, at + 1)));
}

async function typeThroughWorker(queries: string[]): Promise<KeystrokeFigures> {
  await whenReady();
  const ms: number[] = [];
  const answerMs: number[] = [];
  const hits: number[] = [];
  for (const typed of keystrokes(queries)) {
    let total = 0;
    for (const text of typed) {
      const started = performance.now();
      const answer = await searchClient().timedQuery(text);
      ms.push(performance.now() - started);
      answerMs.push(answer.answerMs);
      total = answer.outcome.total;
    }
    hits.push(total);
  }
  return { ms, hits, answerMs };
}

async function emptyRoundTrips(count: number): Promise<number[]> {
  await whenReady();
  const ms: number[] = [];
  for (let run = 0; run < count; run++) {
    const started = performance.now();
    await searchClient().timedQuery('');
    ms.push(performance.now() - started);
  }
  return ms;
}

async function typeThroughScan(queries: string[]): Promise<KeystrokeFigures> {
  const texts = (await allAbstracts()).map((row) => `${row.title ?? ''}\n${row.authors.join(' ')}\n${row.text}`.toLowerCase());
  const ms: number[] = [];
  const hits: number[] = [];
  for (const typed of keystrokes(queries)) {
    let total = 0;
    for (const text of typed) {
      const started = performance.now();
      const words = text.toLowerCase().split(/\s+/).filter((word) => word !== '');
      total = texts.filter((candidate) => words.every((word) => candidate.includes(word))).length;
      ms.push(performance.now() - started);
    }
    hits.push(total);
  }
  return { ms, hits };
}

declare global {
  interface Window {
    lecternSearchBench?: SearchBenchApi;
  }
}

export function exposeSearchBench(): void {
  window.lecternSearchBench = { build, readyAfterRestart, toArrayAfterRestart, typeThroughWorker, typeThroughScan, emptyRoundTrips };
}
