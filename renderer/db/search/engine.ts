import { Index, type Id } from 'flexsearch';
import { Vocabulary } from '../../../shared/search/vocabulary';
import { FIELDS, type Field, type SearchDocument } from './search-document';
import { parseVenueEntries, VenueIndex } from './venue-index';

/** Key prefixes of the persisted chunks. */
const VOCABULARY_KEY = 'vocabulary';
const YEARS_KEY = 'years';
const VENUES_KEY = 'venues';
const VOCABULARY_CHUNK = 50_000;

function newFieldIndex(): Index {
  // The text arrives normalised and tokenised (shared/search/normalise), so FlexSearch only splits it.
  return new Index({ tokenize: 'strict', resolution: 9, encode: (text: string) => text.split(' ').filter((word) => word !== '') });
}

/** One word's matches in each field, each list in FlexSearch's order (earlier occurrences first). */
export type WordHits = Record<Field, number[]>;

/**
 * The in-memory index: one FlexSearch index of exact words per field, the vocabulary beside them
 * (prefixes and typos are expanded to known words there, so FlexSearch never stores partial words),
 * each abstract's year for `year:`, and its venue for `venue:`.
 */
export class SearchEngine {
  private readonly fields: Record<Field, Index> = { title: newFieldIndex(), authors: newFieldIndex(), body: newFieldIndex() };
  readonly vocabulary = new Vocabulary();
  private readonly years = new Map<number, number | null>();
  private readonly snippets = new Set<number>();
  private readonly venues = new VenueIndex();
  private highestId = 0;
  /** A hash of each abstract's document: a status change re-reads an abstract but must not re-index it. */
  private readonly contentHashes = new Map<number, number>();

  get size(): number {
    return this.years.size;
  }

  /** The highest id ever indexed: dense per-abstract arrays are this long (plus one). */
  get maxId(): number {
    return this.highestId;
  }

  has(id: number): boolean {
    return this.years.has(id);
  }

  ids(): IterableIterator<number> {
    return this.years.keys();
  }

  isSnippet(id: number): boolean {
    return this.snippets.has(id);
  }

  yearOf(id: number): number | null {
    return this.years.get(id) ?? null;
  }

  /** The abstracts whose venue has each of the (normalised) words, or a word starting with it. */
  venueIds(words: readonly string[]): Set<number> {
    return this.venues.matching(words);
  }

  /** Indexes the document, replacing the abstract's previous one; false when that one was the same. */
  add(document: SearchDocument): boolean {
    const hash = documentHash(document);
    if (this.contentHashes.get(document.id) === hash) return false;
    if (this.years.has(document.id)) this.remove(document.id);
    this.contentHashes.set(document.id, hash);
    for (const field of FIELDS) {
      const text = document[field];
      if (text === '') continue;
      this.fields[field].add(document.id, text);
      for (const word of text.split(' ')) if (word !== '') this.vocabulary.add(word);
    }
    this.years.set(document.id, document.year);
    this.venues.set(document.id, document.venue);
    this.highestId = Math.max(this.highestId, document.id);
    if (document.snippet) this.snippets.add(document.id);
    return true;
  }

  remove(id: number): void {
    if (!this.years.has(id)) return;
    for (const field of FIELDS) this.fields[field].remove(id);
    this.years.delete(id);
    this.snippets.delete(id);
    this.venues.remove(id);
    this.contentHashes.delete(id);
  }

  /** The abstracts containing `word` exactly, per field. */
  hits(word: string, fields: readonly Field[] = FIELDS): WordHits {
    const hits: WordHits = { title: [], authors: [], body: [] };
    for (const field of fields) hits[field] = this.postings(word, field).flatMap((bucket) => bucket.map(Number));
    return hits;
  }

  /**
   * The abstracts containing `word` exactly in `field`, as FlexSearch holds them: buckets by how
   * early the word occurs, earliest first (empty buckets left out). Reading them unconcatenated
   * spares a copy of every id on each newly typed word.
   */
  postings(word: string, field: Field): readonly (readonly Id[])[] {
    if (!this.vocabulary.has(word)) return [];
    // A loaded index holds its empty buckets as nulls, a built one as holes.
    return this.fields[field].search(word, { resolve: false }).result.filter((bucket): bucket is Id[] => Array.isArray(bucket));
  }

  /** The index as key/value chunks, each a string well below V8's maximum string length. */
  exportChunks(): [string, string][] {
    const chunks: [string, string][] = [];
    for (const field of FIELDS) this.fields[field].export((key, data) => void chunks.push([`${field}/${key}`, data]));
    const words = this.vocabulary.all();
    for (let at = 0; at < words.length; at += VOCABULARY_CHUNK) {
      chunks.push([`${VOCABULARY_KEY}/${at / VOCABULARY_CHUNK}`, words.slice(at, at + VOCABULARY_CHUNK).join('\n')]);
    }
    const entries = [...this.years].map(([id, year]) => [id, year, this.snippets.has(id) ? 1 : 0, this.contentHashes.get(id) ?? 0]);
    chunks.push([YEARS_KEY, JSON.stringify(entries)]);
    chunks.push([VENUES_KEY, JSON.stringify(this.venues.entries())]);
    return chunks;
  }

  /** An engine from `exportChunks()`'s output; throws when a chunk is not one it wrote. */
  static fromChunks(chunks: Iterable<[string, string]>): SearchEngine {
    const engine = new SearchEngine();
    for (const [key, data] of chunks) engine.importChunk(key, data);
    // A loaded vocabulary arrives unsorted: sort it at load, not on the first keystroke.
    engine.vocabulary.prepare();
    return engine;
  }

  private importChunk(key: string, data: string): void {
    const slash = key.indexOf('/');
    const head = slash === -1 ? key : key.slice(0, slash);
    if (head === YEARS_KEY) {
      for (const [id, year, snippet, hash] of parseYears(data)) {
        this.years.set(id, year);
        this.contentHashes.set(id, hash);
        this.highestId = Math.max(this.highestId, id);
        if (snippet) this.snippets.add(id);
      }
      return;
    }
    if (head === VENUES_KEY) {
      this.venues.load(parseVenueEntries(data));
      return;
    }
    if (head === VOCABULARY_KEY) {
      for (const word of data.split('\n')) if (word !== '') this.vocabulary.add(word);
      return;
    }
    const field = FIELDS.find((name) => name === head);
    if (field === undefined) throw new Error(`Unknown search index chunk “${key}”`);
    this.fields[field].import(key.slice(slash + 1), data);
  }
}

type DocumentEntry = [id: number, year: number | null, snippet: 0 | 1, hash: number];

function isDocumentEntry(entry: unknown): entry is DocumentEntry {
  if (!Array.isArray(entry) || entry.length !== 4) return false;
  const [id, year, snippet, hash] = entry as unknown[];
  return typeof id === 'number' && (typeof year === 'number' || year === null) && (snippet === 0 || snippet === 1) && typeof hash === 'number';
}

function parseYears(data: string): DocumentEntry[] {
  const parsed: unknown = JSON.parse(data);
  if (!Array.isArray(parsed) || !parsed.every(isDocumentEntry)) throw new Error('The documents chunk is not a list of [id, year, snippet, hash]');
  return parsed;
}

function documentHash(document: SearchDocument): number {
  const text = `${document.title}\u0000${document.authors}\u0000${document.body}\u0000${document.year ?? ''}\u0000${document.snippet ? 1 : 0}\u0000${document.venue}`;
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return hash >>> 0;
}
