import { rankTitles } from '../../../shared/search/rank-titles';
import { matchedIndexes } from '../../../shared/search/title-match';
import type { PaletteCommand } from '../../ui/command-registry';

/** A command that matches the typed text, with the title's matched characters for bolding. */
export interface CommandMatch {
  command: PaletteCommand;
  /** Indexes into `command.title` of the matched characters (empty when the match was in keywords). */
  indexes: readonly number[];
}

/**
 * The commands matching `query`, best first (the shared title ranking, fuzzy as in editors'
 * palettes: "nrl" finds "New reading list"; keywords count too). An empty query lists every
 * command alphabetically.
 */
export function matchCommands(commands: readonly PaletteCommand[], query: string, limit = 50): CommandMatch[] {
  const alphabetical = [...commands].sort((a, b) => a.title.localeCompare(b.title));
  return rankTitles(alphabetical, query, commandTexts, limit).map(({ item, match, field, text }) => ({
    command: item,
    indexes: match !== null && text !== null && field === 0 ? matchedIndexes(text, match) : [],
  }));
}

function commandTexts(command: PaletteCommand): string[] {
  return command.keywords === undefined ? [command.title] : [command.title, command.keywords];
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
