/** Shorter words match whole venue words only: `ai` is not a prefix search. */
const MIN_PREFIX = 3;

/** One venue as indexed: its normalised words, space-separated, and the abstracts that appeared in it. */
export type VenueEntry = [venue: string, ids: number[]];

/**
 * Every abstract's venue, for `venue:`. A library holds far fewer venues than abstracts (many
 * papers per journal or conference), so abstracts are kept per distinct venue and a query checks
 * each venue's words once, never each abstract.
 */
export class VenueIndex {
  private readonly idsByVenue = new Map<string, Set<number>>();
  private readonly wordsByVenue = new Map<string, readonly string[]>();
  private readonly venueOf = new Map<number, string>();

  /** Files the abstract under `venue` (normalised words; "" for none), replacing where it was before. */
  set(id: number, venue: string): void {
    this.remove(id);
    if (venue === '') return;
    this.venueOf.set(id, venue);
    const ids = this.idsByVenue.get(venue);
    if (ids !== undefined) {
      ids.add(id);
      return;
    }
    this.idsByVenue.set(venue, new Set([id]));
    this.wordsByVenue.set(venue, venue.split(' '));
  }

  remove(id: number): void {
    const venue = this.venueOf.get(id);
    if (venue === undefined) return;
    this.venueOf.delete(id);
    const ids = this.idsByVenue.get(venue);
    ids?.delete(id);
    if (ids?.size === 0) {
      this.idsByVenue.delete(venue);
      this.wordsByVenue.delete(venue);
    }
  }

  /** The abstracts whose venue has each of `words`: as a whole word, or (from three letters) as the start of one. */
  matching(words: readonly string[]): Set<number> {
    const found = new Set<number>();
    for (const [venue, venueWords] of this.wordsByVenue) {
      if (!words.every((word) => venueWords.some((candidate) => wordMatches(word, candidate)))) continue;
      for (const id of this.idsByVenue.get(venue) ?? []) found.add(id);
    }
    return found;
  }

  entries(): VenueEntry[] {
    return [...this.idsByVenue].map(([venue, ids]) => [venue, [...ids]]);
  }

  load(entries: readonly VenueEntry[]): void {
    for (const [venue, ids] of entries) for (const id of ids) this.set(id, venue);
  }
}

function wordMatches(typed: string, word: string): boolean {
  return typed.length >= MIN_PREFIX ? word.startsWith(typed) : word === typed;
}

function isVenueEntry(entry: unknown): entry is VenueEntry {
  if (!Array.isArray(entry) || entry.length !== 2) return false;
  const [venue, ids] = entry as unknown[];
  return typeof venue === 'string' && Array.isArray(ids) && ids.every((id) => typeof id === 'number');
}

/** The venue entries of a persisted chunk; throws when the chunk is not one the index wrote. */
export function parseVenueEntries(data: string): VenueEntry[] {
  const parsed: unknown = JSON.parse(data);
  if (!Array.isArray(parsed) || !parsed.every(isVenueEntry)) throw new Error('The venues chunk is not a list of [venue, ids]');
  return parsed;
}
