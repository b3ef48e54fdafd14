/** What the bench page publishes on `window.lecternSyncBench`; shared by the page and the Node runner. */

/** A device's user layer as row counts: equal counts on both devices mean the layer has arrived whole. */
export interface LayerCounts {
  /** Abstracts marked reading or read, and starred ones: what an abstract syncs (counted by index, no scan). */
  reading: number;
  read: number;
  starred: number;
  tags: number;
  abstractTags: number;
  annotations: number;
  notes: number;
  /** Every link: both devices hold the same import links (from the same captures), so the user's links tell. */
  links: number;
}

/** The baseline of the initial sync: the same user-layer rows serialised with JSON.stringify. */
export interface SerialiseFigures {
  rows: number;
  /** Median of the runs, ms. */
  ms: number;
  /** UTF-16 characters of the JSON. */
  chars: number;
}

/** One single edit made on the first device, watched for on the second. */
export type SyncEdit =
  | { kind: 'status'; abstractUid: string; status: 'reading' | 'read' }
  | { kind: 'tag'; abstractUid: string; tagPath: string };

/** The abstracts the edits act on, with the status each holds before. */
export interface EditTarget {
  abstractUid: string;
  status: 'unread' | 'reading' | 'read';
}

export interface SyncBenchApi {
  /** Gives the library a user layer (raw writes, before sync is set up, so the first connection sends it whole). */
  seedUserLayer(): Promise<LayerCounts>;
  layerCounts(): Promise<LayerCounts>;
  /** Reads the user-layer rows, then times JSON.stringify of them over `runs` runs. */
  serialiseLayer(runs: number): Promise<SerialiseFigures>;
  /** Opens this device's replica and connects it to the server with the token, as Settings › Connect does. */
  connect(serverUrl: string, token: string, deviceName: string): Promise<void>;
  /** Resolves, in ms since `connect`, once every local change has reached the server. */
  whenUploaded(timeoutMs: number): Promise<number>;
  /** Resolves, in ms since `connect`, once this device's Dexie holds `expected` (polled). */
  whenLayerHolds(expected: LayerCounts, timeoutMs: number): Promise<number>;
  /** `count` abstracts to edit, spread over the library, with their current status. */
  editTargets(count: number): Promise<EditTarget[]>;
  /** Starts watching (liveQuery) for `edit` to show in this device's Dexie. */
  watchFor(edit: SyncEdit): Promise<void>;
  /** The wall-clock time (ms since the epoch, sub-millisecond) at which the watched edit showed. */
  seenAt(timeoutMs: number): Promise<number>;
  /** Makes `edit` through the app's own write, resolving with the wall-clock time of its commit. */
  makeEdit(edit: SyncEdit): Promise<number>;
  disconnect(): Promise<void>;
}

export interface SyncBenchGlobals {
  lecternSyncBench?: SyncBenchApi;
}

/** The tag the live edits add; the seeded layer creates it, so an edit writes one assignment. */
export const LIVE_TAG_PATH = 'bench/sync/live';
