import { Dexie, type ObservabilitySet } from 'dexie';
import { TitleLookup, type Pause, type TitleEntry } from '../../../shared/search/title-lookup';
import { titleWarmUpQueries } from '../../../shared/search/title-warm-up';
import { affectedAbstracts } from '../search/change-feed';
import { db as appDb, type LecternDB } from '../schema/database';
import { readDisplayTitles } from './display-titles';

// The one title index every picker asks (Link to…, the [[ / @ mention menu, the palette's
// "go to abstract" and the graph's Find in graph), and where the graph gets its labels. It holds each
// abstract's display title once per page, in the library's Title order, and answers from a
// TitleLookup, so a keystroke reads no row at all and ranks without matching every title.

/** An abstract as a picker lists it. */
export interface TitleHit {
  id: number;
  /** The display title (the title, or the start of the text when the abstract has none). */
  title: string;
}

export interface FindTitlesOptions {
  /** Ids never offered (the abstract a link starts from). */
  exclude?: readonly number[];
  /** When given, only these ids are offered (the abstracts a view shows, such as the graph's nodes). */
  within?: { has: (id: number) => boolean };
  /** Aborted when the answer is no longer wanted (the user typed on): a long fuzzy search stops there. */
  signal?: AbortSignal;
}

interface IndexState {
  lookup: Promise<TitleLookup>;
  /** `lookup` has been built (it answers at once). */
  built: boolean;
  /** Abstracts changed since `lookup` was built: their titles are read again before the next answer. */
  changed: Set<number>;
  /** A change that cannot be narrowed to ids (a restore, a cleared table): rebuild from scratch. */
  stale: boolean;
}

const indexes = new Map<string, IndexState>();
let watching = false;

/** Told, by database name, when titles an index holds may have changed; see `watchTitles`. */
const titleWatchers = new Map<string, Set<() => void>>();

/** Work a build does before letting the page go on: well under a 60 Hz frame, so scrolling stays smooth. */
const SLICE_BUDGET_MS = 6;
/** As many titles as a picker lists. */
const WARM_UP_LIMIT = 30;
/** Whether a build on this page has answered the warm-up queries (see title-warm-up.ts): once is enough. */
let warmedUp = false;
/** Work a picker's answer does before letting the page take the next keystroke or paint. */
const ANSWER_SLICE_MS = 8;

/** The next task, at once: a timeout would be held back by 4 ms after a few in a row. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A pause that lets the page go on (through `letGo`) once the work has run `budgetMs` since it last did. */
function slicePacer(budgetMs: number, letGo: () => Promise<void>): Pause {
  let sliceStarted = performance.now();
  return () => {
    if (performance.now() - sliceStarted < budgetMs) return undefined;
    return letGo().then(() => {
      sliceStarted = performance.now();
    });
  };
}

/**
 * A pause for one build: lets the page go on (typing, painting, a scrolled list's rows) and waits
 * for a quiet moment, so a build of a big library never takes a long task nor gets in the way.
 */
function pacer(): Pause {
  return slicePacer(SLICE_BUDGET_MS, () => new Promise<void>((resolve) => setTimeout(resolve, 0)).then(backgroundGate));
}

/** A pause for one answer: lets the page take a keystroke or paint, then goes straight on. */
function answerPacer(): Pause {
  return slicePacer(ANSWER_SLICE_MS, nextTask);
}

/** What a warm-up build waits for between slices (a quiet page), unless a picker is waiting on the index. */
let quietGate: (() => Promise<void>) | null = null;
let foregroundWaiting = 0;
let foregroundArrived: (() => void)[] = [];

function backgroundGate(): Promise<void> | undefined {
  if (quietGate === null || foregroundWaiting > 0) return undefined;
  const arrival = new Promise<void>((resolve) => foregroundArrived.push(resolve));
  return Promise.race([quietGate(), arrival]);
}

/** `currentLookup` for a caller that is waiting on the answer: a background build runs at full speed meanwhile. */
async function lookupInForeground(database: LecternDB): Promise<TitleLookup> {
  foregroundWaiting += 1;
  const waking = foregroundArrived;
  foregroundArrived = [];
  for (const wake of waking) wake();
  try {
    return await currentLookup(database);
  } finally {
    foregroundWaiting -= 1;
  }
}

/** Every abstract's id in the library's Title order (sort title, then id): the keys of one index, no rows. */
function idsInTitleOrder(database: LecternDB): Promise<number[]> {
  return database.abstractKeys.orderBy('sortTitle').primaryKeys();
}

async function buildLookup(database: LecternDB, previous: TitleLookup | null, changed: ReadonlySet<number>): Promise<TitleLookup> {
  const pause = pacer();
  const ids = await idsInTitleOrder(database);
  const known = new Map<number, string>();
  const reuse = new Map<number, number>();
  previous?.entries.forEach((entry, position) => {
    if (changed.has(entry.id)) return;
    known.set(entry.id, entry.title);
    reuse.set(entry.id, position);
  });
  const missing = ids.filter((id) => !known.has(id));
  for (const [id, title] of await readDisplayTitles(database, missing, pause)) known.set(id, title);
  const entries: TitleEntry[] = [];
  for (const id of ids) {
    const title = known.get(id);
    if (title !== undefined) entries.push({ id, title });
  }
  const lookup = await TitleLookup.build(entries, pause, (entry) => {
    const position = reuse.get(entry.id);
    return position === undefined ? undefined : previous?.preparedAt(position);
  });
  if (!warmedUp) {
    const queries = titleWarmUpQueries(entries);
    warmedUp = queries.length > 0;
    for (const query of queries) await lookup.findPaced(query, WARM_UP_LIMIT, () => true, { pause });
  }
  return lookup;
}

function onChange(parts: ObservabilitySet): void {
  for (const [name, state] of indexes) {
    const affected = affectedAbstracts(parts, name);
    if (affected.everything) state.stale = true;
    for (const id of affected.ids) state.changed.add(id);
    if (affected.everything || affected.ids.size > 0) for (const watcher of titleWatchers.get(name) ?? []) watcher();
  }
}

function watchChanges(): void {
  if (watching) return;
  watching = true;
  Dexie.on('storagemutated', onChange);
}

/**
 * Calls `listener` whenever a change may have altered titles the index holds (a rename, a restore).
 * A built index answers from memory and reads nothing from Dexie, so a live query over `titlesOf`
 * would never re-run by itself: this is its signal. Returns the unsubscribe.
 */
export function watchTitles(listener: () => void, database: LecternDB = appDb): () => void {
  watchChanges();
  let watchers = titleWatchers.get(database.name);
  if (watchers === undefined) {
    watchers = new Set();
    titleWatchers.set(database.name, watchers);
  }
  const mine = watchers;
  mine.add(listener);
  return () => {
    mine.delete(listener);
  };
}

/** The current lookup for `database`: built on first use, brought up to date after changes. */
function currentLookup(database: LecternDB): Promise<TitleLookup> {
  watchChanges();
  let state = indexes.get(database.name);
  if (state === undefined) {
    state = { lookup: buildLookup(database, null, new Set()), built: false, changed: new Set(), stale: false };
    indexes.set(database.name, state);
  } else if (state.stale || state.changed.size > 0) {
    const changed = new Set(state.changed);
    const previous = state.stale ? Promise.resolve(null) : state.lookup.catch(() => null);
    state.changed.clear();
    state.stale = false;
    state.lookup = previous.then((lookup) => buildLookup(database, lookup, changed));
  }
  const { lookup } = state;
  const current = state;
  lookup.then(
    () => {
      if (current.lookup === lookup) current.built = true;
    },
    () => {
      if (indexes.get(database.name)?.lookup === lookup) indexes.delete(database.name);
    },
  );
  return lookup;
}

/**
 * Builds the index in the background (call once the first rows have painted), so the first picker opens at once.
 * `untilQuiet`, when given, is awaited between slices so the build gives way to scrolling and typing.
 */
export function warmTitleIndex(database: LecternDB = appDb, untilQuiet?: () => Promise<void>): void {
  quietGate = untilQuiet ?? null;
  void currentLookup(database).catch(() => undefined);
}

/**
 * The abstracts whose display title best matches `query`, best first, at most `limit`, ranked by
 * the shared title rules (shared/search/rank-titles.ts) so every picker gives the same order;
 * an empty query gives the first `limit` abstracts A to Z by title. Rejects with the signal's reason
 * once `options.signal` aborts.
 */
export async function findTitles(query: string, limit: number, options: FindTitlesOptions = {}, database: LecternDB = appDb): Promise<TitleHit[]> {
  const lookup = await lookupInForeground(database);
  const excluded = new Set(options.exclude ?? []);
  const { within } = options;
  const offer = (id: number): boolean => !excluded.has(id) && (within === undefined || within.has(id));
  // A misspelt query may search every title for letters: in steps, so typing and painting go on meanwhile.
  const found = await lookup.findPaced(query, limit, offer, { pause: answerPacer(), signal: options.signal });
  return found.map(({ id, title }) => ({ id, title }));
}

/**
 * The display titles of `ids`; ids not in the library are left out. Until the index is first built
 * (at 100k abstracts, seconds of background work) they are read for these ids alone, so the graph's
 * labels never wait for, nor start, a build of every title.
 */
export async function titlesOf(ids: readonly number[], database: LecternDB = appDb): Promise<Map<number, string>> {
  if (indexes.get(database.name)?.built !== true) return readDisplayTitles(database, ids);
  const wanted = new Set(ids);
  const titles = new Map<number, string>();
  for (const entry of (await lookupInForeground(database)).entries) if (wanted.has(entry.id)) titles.set(entry.id, entry.title);
  return titles;
}
