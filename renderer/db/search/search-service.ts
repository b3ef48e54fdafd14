// The search domain owns the full-text index (built in a worker, persisted in chunks), running queries, and saved searches.

import { parseQuery } from '../../../shared/search/parse-query';
import type { IndexStatus, SearchOutcome } from '../../../shared/search/types';
import type { LecternDB } from '../schema/database';
import { libraryOrder } from '../organize/filters';
import { forEachDocumentBatch, readDocuments } from './documents';
import { SearchEngine } from './engine';
import { type AffectedAbstracts, watchChanges } from './change-feed';
import { addPending, loadIndex, saveIndex } from './index-store';
import { containsPhrases } from './phrases';
import { runQuery, type RankedOutcome, type StructuredClause } from './run-query';
import { structuredIds } from './structured';
import { warmUpQueries } from './warm-up';
import { WordScorer } from './word-vectors';

export interface ServiceEvents {
  status: (status: IndexStatus) => void;
  /** The index changed; `generation` counts the changes applied. */
  changed: (generation: number) => void;
}

export interface ServiceOptions {
  /** Quiet time after the last change before the index is saved. */
  saveDelayMs: number;
  buildBatch: number;
}

const REBUILD_ABOVE = 2000;
const DEFAULTS: ServiceOptions = { saveDelayMs: 3000, buildBatch: 2000 };

/**
 * The search worker's logic, free of Worker APIs so tests can drive it: loads the persisted index
 * (or builds it in the background when missing, corrupt or outdated), follows the database's
 * changes, saves what changed after a quiet moment, and answers queries.
 */
export class SearchService {
  private engine = new SearchEngine();
  private savedHashes = new Map<string, string>();
  private generation = 0;
  private scorer: { engine: SearchEngine; words: WordScorer } | null = null;
  private readonly structuredCache = new Map<string, Promise<Set<number>>>();
  private structuredGeneration = -1;
  private ready: Promise<void> = Promise.resolve();
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private stopWatching: (() => void) | null = null;
  private readonly options: ServiceOptions;
  /** Changes that arrive while loading wait here until the loaded index can take them. */
  private heldChanges: AffectedAbstracts[] | null = [];

  constructor(
    private readonly database: LecternDB,
    private readonly events: ServiceEvents,
    options: Partial<ServiceOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Starts following changes and loads or builds the index; resolves when queries can be answered. */
  start(): Promise<void> {
    this.stopWatching = watchChanges((affected) => this.onChange(affected), this.database);
    this.ready = this.loadOrBuild();
    return this.ready;
  }

  /** Builds a fresh index and saves it whole, the old one answering meantime: the path a bulk change takes. */
  rebuild(): void {
    this.onChange({ ids: new Set(), tagIds: new Set(), structure: false, everything: true });
  }

  stop(): void {
    this.stopWatching?.();
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
  }

  get documentCount(): number {
    return this.engine.size;
  }

  async query(text: string): Promise<SearchOutcome> {
    const { ids, ...outcome } = await this.rankedQuery(text);
    return { ...outcome, ids: Array.from(ids) };
  }

  /** The worker's form of `query`: the ids packed, to be transferred to the page. */
  async rankedQuery(text: string): Promise<RankedOutcome> {
    await this.ready;
    return this.answer(text);
  }

  private async answer(text: string): Promise<RankedOutcome> {
    const engine = this.engine;
    if (this.scorer?.engine !== engine) this.scorer = { engine, words: new WordScorer(engine) };
    this.scorer.words.sync(this.generation);
    if (this.structuredGeneration !== this.generation) this.structuredCache.clear();
    this.structuredGeneration = this.generation;
    return runQuery(parseQuery(text), {
      engine,
      scorer: this.scorer.words,
      structured: (clause) => this.structured(engine, clause),
      withPhrases: (ids, phrases) => containsPhrases(ids, phrases, this.database),
      defaultOrder: () => libraryOrder('added', this.database),
    });
  }

  /** A structured clause's abstracts, cached until the index or the library's structure changes. */
  private structured(engine: SearchEngine, clause: StructuredClause): Promise<Set<number>> {
    // The clause's whole body (a verdict's reviews too), without where it stands in the query.
    const key = JSON.stringify({ ...clause, negated: false, start: 0, end: 0 });
    let ids = this.structuredCache.get(key);
    if (ids === undefined) {
      ids = structuredIds(engine, clause, this.database);
      this.structuredCache.set(key, ids);
    }
    return ids;
  }

  /** Answers typing-like queries on the loaded index before it is announced ready (see warm-up.ts). */
  private async warmUp(): Promise<void> {
    try {
      for (const text of warmUpQueries(this.engine)) await this.answer(text);
    } catch (error: unknown) {
      console.warn('Warming up the search index failed', error);
    }
  }

  /** Saves now if anything changed since the last save (tests, and the page going away). */
  async flush(): Promise<void> {
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    await this.queue;
    await this.save();
  }

  private async loadOrBuild(): Promise<void> {
    this.events.status({ state: 'loading', done: 0, total: 0 });
    const loaded = await loadIndex(this.database);
    if (loaded.engine !== null) {
      this.engine = loaded.engine;
      this.savedHashes = loaded.hashes;
      this.releaseHeld();
      if (loaded.pending.length > 0) this.enqueue({ ids: new Set(loaded.pending), tagIds: new Set(), structure: false, everything: false });
      await this.warmUp();
      this.events.status({ state: 'ready', done: this.engine.size, total: this.engine.size });
      return;
    }
    // Queries answer from the growing index while it builds; changes made meanwhile are re-applied after.
    this.releaseHeldAfter(this.build());
  }

  /**
   * Builds a fresh index. The first build answers queries as it grows; a rebuild (`swapAtEnd`)
   * keeps answering from the old index until the new one is complete.
   */
  private async build(swapAtEnd = false): Promise<void> {
    const engine = new SearchEngine();
    if (!swapAtEnd) this.engine = engine;
    const total = await this.database.abstracts.count();
    this.events.status({ state: 'building', done: 0, total });
    await forEachDocumentBatch(this.options.buildBatch, async (documents) => {
      for (const document of documents) engine.add(document);
      this.events.status({ state: 'building', done: engine.size, total: Math.max(total, engine.size) });
      this.bumpGeneration();
      // Let queries in between batches.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }, this.database);
    this.engine = engine;
    this.savedHashes = new Map();
    await this.save();
    this.events.status({ state: 'ready', done: engine.size, total: engine.size });
    this.bumpGeneration();
  }

  private releaseHeld(): void {
    const held = this.heldChanges ?? [];
    this.heldChanges = null;
    for (const affected of held) this.enqueue(affected);
  }

  private releaseHeldAfter(build: Promise<void>): void {
    this.queue = build
      .catch((error: unknown) => console.error('Building the search index failed', error))
      .then(() => this.releaseHeld());
  }

  private onChange(affected: AffectedAbstracts): void {
    if (this.heldChanges !== null) this.heldChanges.push(affected);
    else this.enqueue(affected);
  }

  private enqueue(affected: AffectedAbstracts): void {
    this.queue = this.queue.then(() => this.apply(affected)).catch((error: unknown) => console.error('Search index update failed', error));
  }

  private async apply(affected: AffectedAbstracts): Promise<void> {
    if (affected.everything) {
      await this.build(true);
      return;
    }
    const ids = new Set(affected.ids);
    if (affected.tagIds.size > 0) {
      const links = await this.database.abstractTags.where('tagId').anyOf([...affected.tagIds]).toArray();
      for (const link of links) ids.add(link.abstractId);
    }
    if (ids.size === 0) {
      if (affected.structure) this.bumpGeneration();
      return;
    }
    // FlexSearch removes a document by scanning its whole map, so re-indexing thousands at once
    // (a tag renamed on 10,000 abstracts) is slower than a rebuild.
    if (ids.size > REBUILD_ABOVE && this.engine.size > REBUILD_ABOVE) {
      await this.build(true);
      return;
    }
    await addPending([...ids], this.database);
    const documents = await readDocuments([...ids], this.database);
    const present = new Set(documents.map((document) => document.id));
    for (const id of ids) if (!present.has(id)) this.engine.remove(id);
    for (const document of documents) this.engine.add(document);
    this.bumpGeneration();
    this.scheduleSave();
  }

  private bumpGeneration(): void {
    this.generation++;
    this.events.changed(this.generation);
  }

  private scheduleSave(): void {
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      this.queue = this.queue.then(() => this.save()).catch((error: unknown) => console.error('Saving the search index failed', error));
    }, this.options.saveDelayMs);
  }

  private async save(): Promise<void> {
    this.savedHashes = await saveIndex(this.engine, this.savedHashes, this.database);
  }
}
