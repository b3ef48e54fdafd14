import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { mentionedIds, noteToMarkdown } from '../../../../renderer/features/notes/note-markdown';
import { noteJson } from './note-json';

describe('noteToMarkdown', () => {
  it('writes the title as a heading and mentions as [[current display title]]', () => {
    const json = noteJson(
      ['Margins grow in ', { mention: 3, title: 'Old title' }, '.'],
      ['Compare ', { mention: 8, title: 'Removed paper' }, ' and **bold**'],
    );
    expect(mentionedIds(json)).toEqual([3, 8]);
    const titles = new Map([[3, 'Towards Understanding Learning with Linear Teachers']]);
    expect(noteToMarkdown('My review', json, titles)).toBe(
      '# My review\n\nMargins grow in [[Towards Understanding Learning with Linear Teachers]].\n\nCompare [[Removed paper]] and \\*\\*bold\\*\\*\n',
    );
  });

  it('exports an empty note as its title alone', () => {
    expect(noteToMarkdown('Empty', null, new Map())).toBe('# Empty\n');
  });
});
