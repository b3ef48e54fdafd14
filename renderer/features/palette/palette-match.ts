import fuzzysort from 'fuzzysort';
import type { PaletteCommand } from '../../ui/command-registry';

/** A command that matches the typed text, with the title's matched characters for bolding. */
export interface CommandMatch {
  command: PaletteCommand;
  /** Indexes into `command.title` of the matched characters (empty when the match was in keywords). */
  indexes: readonly number[];
}

const MIN_SCORE = 0.3;

/**
 * The commands matching `query`, best first (fuzzy, as in editors' palettes: "nrl" finds
 * "New reading list"). An empty query lists every command alphabetically.
 */
export function matchCommands(commands: readonly PaletteCommand[], query: string, limit = 50): CommandMatch[] {
  const typed = query.trim();
  if (typed === '') {
    return [...commands]
      .sort((a, b) => a.title.localeCompare(b.title))
      .slice(0, limit)
      .map((command) => ({ command, indexes: [] }));
  }
  const results = fuzzysort.go(typed, commands, {
    keys: ['title', (command: PaletteCommand) => command.keywords ?? null],
    threshold: MIN_SCORE,
    limit,
  });
  return results.map((result) => ({ command: result.obj, indexes: result[0]?.indexes ?? [] }));
}

/** `title` cut into runs, each marked as matched or not, for rendering bold matches as text. */
export function matchedRuns(title: string, indexes: readonly number[]): { text: string; matched: boolean }[] {
  const hit = new Set(indexes);
  const runs: { text: string; matched: boolean }[] = [];
  for (let index = 0; index < title.length; index += 1) {
    const matched = hit.has(index);
    const last = runs.at(-1);
    const char = title.charAt(index);
    if (last && last.matched === matched) last.text += char;
    else runs.push({ text: char, matched });
  }
  return runs;
}
