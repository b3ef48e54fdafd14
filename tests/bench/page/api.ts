import Dexie from 'dexie';
import { db } from '../../../renderer/db/schema/database';
import { importFiles } from '../../../renderer/db/import/import';
import { ParseClient } from '../../../renderer/host/parse-client';
import { ensureSeedsImported } from '../../../renderer/db/import/seed';
import { ABSTRACTS_SCHEMA, ABSTRACT_TEXTS_SCHEMA, CAPTURE_TEXTS_SCHEMA, CAPTURES_SCHEMA, SYNC_UID_STORES } from '../../../renderer/db/schema/version-chain';
import { ORGANIZE_INDEXES_V9 } from '../../../renderer/db/schema/organize-tables';
import { sha256Hex } from '../../../shared/import/hash';
import { buildImportedFile } from '../../../shared/import/read-file';
import type { ImportedFile } from '../../../shared/import/types';
import { createWordTest } from '../../../shared/text/dictionary';
import type { BenchApi, ImportFigures } from '../bench-api';
import { syntheticFiles, type SyntheticFile } from './captures';
import { syntheticBibtex } from '../../../scripts/fixtures/synthetic-bibtex';
import { bulkAction, filterByParentTag, rawBulkWrite } from './organize';
import { graphFrames } from './graph';
import { graphInLibrary } from './graph-library';

/** Files handed to importFiles at once, as the app does for a multi-file import. */
const FILES_PER_IMPORT = 10;

let prepared: SyntheticFile[] = [];


async function prepare(total: number): Promise<number> {
  prepared = syntheticFiles(total);
  await db.delete();
  await db.open();
  await Dexie.delete('lectern-bench-baseline');
  return prepared.reduce((sum, file) => sum + file.bytes.byteLength, 0);
}

/** The whole pipeline as the app runs it: hash, decode, parse, derive display, plan, merge, store. */
async function importPipeline(): Promise<ImportFigures> {
  const isWord = createWordTest();
  const started = performance.now();
  let records = 0;
  for (let from = 0; from < prepared.length; from += FILES_PER_IMPORT) {
    const batch: ImportedFile[] = [];
    for (const file of prepared.slice(from, from + FILES_PER_IMPORT)) {
      const hash = await sha256Hex(file.bytes);
      const imported = buildImportedFile(file.name, file.bytes, hash, isWord);
      records += imported.parsed.records.length;
      batch.push(imported);
    }
    await importFiles(batch);
  }
  const ms = performance.now() - started;
  return { ms, records, abstracts: await db.abstracts.count() };
}

/**
 * The baseline: raw Dexie bulkAdd of the very rows the import stored (abstracts, their keys rows
 * and their texts, the captures, their texts, the same-page links, and the tags a reference file's
 * keywords and groups make with their assignments), into tables with the same indexes.
 */
async function rawBulkAdd(): Promise<ImportFigures> {
  const tables = {
    abstracts: ABSTRACTS_SCHEMA,
    abstractKeys: SYNC_UID_STORES.abstractKeys,
    abstractTexts: ABSTRACT_TEXTS_SCHEMA,
    captures: CAPTURES_SCHEMA,
    captureTexts: CAPTURE_TEXTS_SCHEMA,
    links: SYNC_UID_STORES.links,
    tags: SYNC_UID_STORES.tags,
    abstractTags: ORGANIZE_INDEXES_V9.abstractTags,
  };
  const names = Object.keys(tables) as (keyof typeof tables)[];
  const rows = await Promise.all(names.map((name) => db.table(name).toArray()));
  const baseline = new Dexie('lectern-bench-baseline');
  baseline.version(1).stores(tables);
  await baseline.open();
  const started = performance.now();
  await baseline.transaction('rw', names, () => Promise.all(names.map((name, index) => baseline.table(name).bulkAdd(rows[index] ?? []))));
  const ms = performance.now() - started;
  baseline.close();
  await Dexie.delete('lectern-bench-baseline');
  const abstracts = rows[0]?.length ?? 0;
  return { ms, records: abstracts, abstracts };
}

let preparedBibtex: Uint8Array = new Uint8Array();

async function prepareBibtex(total: number): Promise<number> {
  preparedBibtex = new TextEncoder().encode(syntheticBibtex(total, 7));
  await db.delete();
  await db.open();
  await Dexie.delete('lectern-bench-baseline');
  return preparedBibtex.byteLength;
}

/**
 * The BibTeX file through the app's own path: the parse worker (which hashes, decodes and reads a
 * large file in two parts at once) and the page's import.
 */
async function importBibtexPipeline(): Promise<ImportFigures> {
  const bytes = preparedBibtex.slice().buffer;
  const started = performance.now();
  const [imported] = await new ParseClient().parse([{ name: 'synthetic.bib', bytes }]);
  if (imported === undefined) throw new Error('The parse worker returned no file.');
  const parseMs = performance.now() - started;
  const summary = await importFiles([imported]);
  if (summary.errors.length > 0) throw new Error(`The synthetic BibTeX file was refused: ${summary.errors[0]?.message ?? ''}`);
  const ms = performance.now() - started;
  return { ms, parseMs, records: imported.parsed.records.length, abstracts: await db.abstracts.count() };
}

/** Marks the first run as done, so a cold start of the app measures reading, not seeding. */
async function markSeeded(): Promise<void> {
  await ensureSeedsImported(() => Promise.resolve([]));
}

declare global {
  interface Window {
    lecternBench?: BenchApi;
  }
}

export function exposeBenchApi(): void {
  window.lecternBench = { prepare, importPipeline, prepareBibtex, importBibtexPipeline, rawBulkAdd, markSeeded, bulkAction, rawBulkWrite, filterByParentTag, graphFrames, graphInLibrary };
}
