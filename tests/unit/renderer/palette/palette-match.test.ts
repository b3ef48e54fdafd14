import { describe, expect, it } from 'vitest';
import type { PaletteCommand } from '../../../../renderer/ui/command-registry';
import { matchCommands, matchedRuns } from '../../../../renderer/features/palette/palette-match';

const noop = (): void => undefined;
const COMMANDS: PaletteCommand[] = [
  { id: 'import', title: 'Import captures…', shortcut: 'Ctrl+O', run: noop },
  { id: 'lists.new', title: 'New reading list', keywords: 'create add', run: noop },
  { id: 'notes.new', title: 'New note', run: noop },
  { id: 'theme.toggle', title: 'Toggle theme', keywords: 'dark light mode', run: noop },
  { id: 'search.focus', title: 'Focus search', shortcut: '/', run: noop },
  { id: 'undo', title: 'Undo', shortcut: 'Ctrl+Z', run: noop },
];

const titles = (query: string): string[] => matchCommands(COMMANDS, query).map((match) => match.command.title);

describe('matchCommands', () => {
  it('lists every command alphabetically for an empty query', () => {
    expect(titles('  ')).toEqual([
      'Focus search',
      'Import captures…',
      'New note',
      'New reading list',
      'Toggle theme',
      'Undo',
    ]);
  });

  it('matches typed words in order, best first', () => {
    expect(titles('new reading')[0]).toBe('New reading list');
    expect(titles('new')).toEqual(expect.arrayContaining(['New note', 'New reading list']));
    expect(titles('new reading')).not.toContain('Undo');
  });

  it('matches initials and skipped letters fuzzily', () => {
    expect(titles('nrl')[0]).toBe('New reading list');
    expect(titles('tgl thm')[0]).toBe('Toggle theme');
  });

  it('matches keywords that are not in the title', () => {
    expect(titles('dark')).toEqual(['Toggle theme']);
  });

  it('is case-insensitive and returns nothing for unrelated text', () => {
    expect(titles('IMPORT')).toEqual(['Import captures…']);
    expect(titles('zzqx')).toEqual([]);
  });

  it('reports which title characters matched', () => {
    const [best] = matchCommands(COMMANDS, 'undo');
    expect(best?.indexes).toEqual([0, 1, 2, 3]);
  });
});

describe('matchedRuns', () => {
  it('cuts a title into matched and unmatched runs', () => {
    expect(matchedRuns('New note', [0, 1, 2, 4])).toEqual([
      { text: 'New', matched: true },
      { text: ' ', matched: false },
      { text: 'n', matched: true },
      { text: 'ote', matched: false },
    ]);
    expect(matchedRuns('Undo', [])).toEqual([{ text: 'Undo', matched: false }]);
  });
});
