import { describeRange } from '../../../shared/anchoring/describe';
import { writeBibtex } from '../../../shared/export/bibtex/write-bibtex';
import { vaultFiles } from '../../../shared/export/vault/build-vault';
import type { VaultFile } from '../../../shared/export/vault/types';
import { zipVault } from '../../../shared/export/vault/zip-vault';
import { presentAbstracts } from '../../../renderer/db/abstracts/records';
import type { AnnotationRow, NoteRow } from '../../../renderer/db/annotations/types';
import { exportEntries } from '../../../renderer/db/export/entries';
import { gatherLibraryExport } from '../../../renderer/db/export/vault-input';
import type { LinkRow } from '../../../renderer/db/links/rows';
import { db } from '../../../renderer/db/schema/database';
import type { ExportBenchApi, ExportFigures } from '../bench-api';
import { HeapPeak } from './heap-peak';
import { randomUid } from '../../../shared/sync/uids';

const SEED_PAGE = 2_000;

const allIds = (): Promise<number[]> => db.abstracts.toCollection().primaryKeys();

const comment = (text: string): string =>
  JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: 'Key', format: 1, version: 1 }, { type: 'text', text, format: 0, version: 1 }] }],
    },
  });

/** Annotations a used library has, so the vault has highlights, notes and links to write. */
export async function seedAnnotations(): Promise<{ highlights: number; notes: number; links: number }> {
  const ids = (await allIds()).filter((_, index) => index % 10 === 0);
  const counts = { highlights: 0, notes: 0, links: 0 };
  const now = Date.now();
  for (let from = 0; from < ids.length; from += SEED_PAGE) {
    const rows = await presentAbstracts(ids.slice(from, from + SEED_PAGE), db);
    const highlights: Omit<AnnotationRow, 'id'>[] = [];
    const notes: Omit<NoteRow, 'id'>[] = [];
    const links: Omit<LinkRow, 'id'>[] = [];
    rows.forEach((row, index) => {
      const end = Math.min(row.text.length, 40);
      if (end > 0) {
        const text = ` point about ${row.id}.`;
        highlights.push({ uid: randomUid(), abstractId: row.id, selectors: describeRange(row.text, 0, end), color: 'yellow', comment: { json: comment(text), text: `Key${text}` }, state: 'anchored', confidence: 1, createdAt: now, updatedAt: now });
      }
      const next = rows[index + 1];
      if (index % 2 === 0 && next !== undefined) {
        notes.push({ uid: randomUid(), abstractId: row.id, title: null, json: comment(` note on ${row.id}.`), text: `Key note on ${row.id}.`, createdAt: now, updatedAt: now });
        links.push({ uid: randomUid(), fromId: row.id, toId: next.id, type: 'extends', origin: 'user', noteId: null, annotationId: null, note: '', context: null, createdAt: now });
      }
    });
    await db.transaction('rw', [db.annotations, db.notes, db.links], async () => {
      await db.annotations.bulkAdd(highlights);
      await db.notes.bulkAdd(notes);
      await db.links.bulkAdd(links);
    });
    counts.highlights += highlights.length;
    counts.notes += notes.length;
    counts.links += links.length;
  }
  return counts;
}

async function exportBibtex(): Promise<ExportFigures> {
  const heap = await HeapPeak.start();
  const started = performance.now();
  const ids = await allIds();
  const entries = await exportEntries(ids, db);
  heap.sample();
  const text = writeBibtex(entries, 'bibtex');
  const ms = performance.now() - started;
  return { ms, rows: entries.length, heapPeakBytes: heap.stop(), bytes: text.length, files: 1 };
}

/** The vault's files, the heap read every thousand of them (the zip is built synchronously). */
function* sampled(files: Iterable<VaultFile>, heap: HeapPeak, count: { files: number }): Generator<VaultFile> {
  for (const file of files) {
    count.files += 1;
    if (count.files % 1_000 === 0) heap.sample();
    yield file;
  }
}

async function exportVault(): Promise<ExportFigures> {
  const heap = await HeapPeak.start();
  const started = performance.now();
  const ids = await allIds();
  const input = await gatherLibraryExport(ids, 'library', db);
  heap.sample();
  const count = { files: 0 };
  const zip = zipVault(sampled(vaultFiles(input), heap, count), 'Lectern');
  const ms = performance.now() - started;
  return { ms, rows: input.entries.length, heapPeakBytes: heap.stop(), bytes: zip.byteLength, files: count.files };
}

declare global {
  interface Window {
    lecternExportBench?: ExportBenchApi;
  }
}

export function exposeExportBench(): void {
  window.lecternExportBench = { seedAnnotations, exportBibtex, exportVault };
}
