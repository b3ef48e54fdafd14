import type { ImportedFile } from '../../shared/import/types';
import type { LecternDB } from '../db/schema/database';
import { addBlobManifestEntry, blobManifestOf, readBlobManifest } from '../db/sync/blob-manifest';
import type { SyncReplica } from '../db/sync/sync-replica';
import type { RawFile } from '../host/parse-messages';
import { getBlob, putBlob, type BlobServer } from './blobs';
import { importListedBlobs } from './fetch-blobs';
import { uploadQueuedBlobs } from './upload-blobs';

export interface BlobSyncOptions {
  database: LecternDB;
  replica: SyncReplica;
  server: BlobServer;
  parseFiles: (files: RawFile[]) => Promise<ImportedFile[]>;
  report?: (problem: string) => void;
  /** How long to wait before trying again after a failed or waiting transfer. */
  retryMs?: number;
  /** False while the connection is down: nothing is tried until the next kick. */
  canTransfer?: () => boolean;
}

const RETRY_MS = 5_000;
/** A file that keeps failing (a server sending other bytes) is tried less and less often, down to this. */
const MAX_RETRY_MS = 5 * 60_000;

/**
 * Moves imported files between this device and the library while sync runs: uploads the outbox, then imports the
 * files the manifest lists that this device has not. Runs again whenever the manifest changes, when asked
 * (a new import, a reconnection), and a few seconds after anything failed or waited; never while offline.
 */
export class BlobSync {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private failedPasses = 0;
  private readonly report: (problem: string) => void;
  private readonly onManifestChange = (): void => this.kick();

  constructor(private readonly options: BlobSyncOptions) {
    this.report = options.report ?? ((problem) => console.warn(`sync files: ${problem}`));
    blobManifestOf(options.replica.metaDocument).observe(this.onManifestChange);
  }

  kick(): void {
    if (this.stopped || !(this.options.canTransfer?.() ?? true)) return;
    if (this.running !== null) {
      this.again = true;
      return;
    }
    this.running = this.passes().finally(() => {
      this.running = null;
    });
  }

  /** Resolves once the passes started so far are done (tests wait on it). */
  async whenIdle(): Promise<void> {
    while (this.running !== null) await this.running;
  }

  stop(): void {
    this.stopped = true;
    blobManifestOf(this.options.replica.metaDocument).unobserve(this.onManifestChange);
    if (this.retry !== null) clearTimeout(this.retry);
  }

  private async passes(): Promise<void> {
    do {
      this.again = false;
      let unfinished = false;
      try {
        unfinished = await this.pass();
      } catch (error) {
        this.report(error instanceof Error ? error.message : String(error));
        unfinished = true;
      }
      this.failedPasses = unfinished ? this.failedPasses + 1 : 0;
      if (unfinished && !this.stopped && this.retry === null) {
        const delay = Math.min(MAX_RETRY_MS, (this.options.retryMs ?? RETRY_MS) * 2 ** Math.min(this.failedPasses - 1, 16));
        this.retry = setTimeout(() => {
          this.retry = null;
          this.kick();
        }, delay);
      }
    } while (this.again && !this.stopped);
  }

  /** One upload and fetch round; true when something is left for later. */
  private async pass(): Promise<boolean> {
    const { database, replica, server, parseFiles } = this.options;
    const meta = replica.metaDocument;
    const waitingUploads = await uploadQueuedBlobs({
      database,
      deviceId: replica.deviceId,
      upload: (bytes) => putBlob(server, bytes),
      list: (entry) => replica.changeLocally(meta, () => addBlobManifestEntry(meta, entry)),
      report: this.report,
    });
    if (this.stopped) return false;
    const fetched = await importListedBlobs({
      database,
      listed: readBlobManifest(meta, this.report),
      download: (sha256) => getBlob(server, sha256),
      parseFiles,
      report: this.report,
    });
    return waitingUploads > 0 || fetched.waiting.length > 0;
  }
}
