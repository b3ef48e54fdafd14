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

  it('writes a stored link that fails the link policy as its text, and keeps web links', () => {
    const json = noteJson([
      'Read ',
      { link: 'javascript:alert(1)', text: 'this' },
      ', ',
      { link: 'data:text/html,<b>x</b>', text: 'that' },
      ', ',
      { link: ' JaVaScRiPt:alert(1)', text: 'it' },
      ' and ',
      { link: 'https://example.org/p', text: 'the paper' },
    ]);
    expect(noteToMarkdown('Links', json, new Map())).toBe('# Links\n\nRead this, that, it and [the paper](https://example.org/p)\n');
  });

  it('keeps typed link syntax as text, so it never becomes a live link in the file', () => {
    const json = noteJson(['See [bad](javascript:alert(1)) and <javascript:alert(1)>']);
    expect(noteToMarkdown('Typed', json, new Map())).toBe('# Typed\n\nSee &#91;bad](javascript:alert(1)) and &lt;javascript:alert(1)>\n');
  });

  it('exports an empty note as its title alone', () => {
    expect(noteToMarkdown('Empty', null, new Map())).toBe('# Empty\n');
  });
});
