import { describe, expect, it } from 'vitest';
import { extractMentions, sentenceAround } from '../../../../renderer/db/links/mention-extract';
import { noteJson } from './note-json';

describe('extractMentions', () => {
  it('finds each mention with the sentence around it, the mention written as its title', () => {
    const json = noteJson(
      ['Deep nets generalise. ', { mention: 4, title: 'Linear Teachers' }, ' shows why the margin grows. Then we stop.'],
      ['See also ', { mention: 9, title: 'Energy Propagation' }],
    );
    expect(extractMentions(json)).toEqual([
      { toId: 4, context: 'Linear Teachers shows why the margin grows.' },
      { toId: 9, context: 'See also Energy Propagation' },
    ]);
  });

  it('keeps two mentions of one abstract in different sentences, and one for a repeat in the same sentence', () => {
    const json = noteJson([
      { mention: 2, title: 'A' },
      ' and ',
      { mention: 2, title: 'A' },
      ' agree. Later ',
      { mention: 2, title: 'A' },
      ' is cited.',
    ]);
    expect(extractMentions(json)).toEqual([
      { toId: 2, context: 'A and A agree.' },
      { toId: 2, context: 'Later A is cited.' },
    ]);
  });

  it('finds mentions inside lists and links, and none in empty, plain or broken JSON', () => {
    const listJson = JSON.stringify({
      root: {
        type: 'root',
        children: [
          { type: 'list', children: [{ type: 'listitem', children: [{ type: 'text', text: 'Compare ' }, { type: 'mention', targetId: 7, title: 'Seven' }] }] },
        ],
      },
    });
    expect(extractMentions(listJson)).toEqual([{ toId: 7, context: 'Compare Seven' }]);
    expect(extractMentions(noteJson(['no mentions here']))).toEqual([]);
    expect(extractMentions(null)).toEqual([]);
    expect(extractMentions('{not json')).toEqual([]);
  });
});

describe('sentenceAround', () => {
  it('cuts a very long sentence around the mention', () => {
    const text = `${'word '.repeat(200)}TARGET ${'more '.repeat(200)}`;
    const start = text.indexOf('TARGET');
    const context = sentenceAround(text, start, start + 6);
    expect(context).toContain('TARGET');
    expect(context.length).toBeLessThanOrEqual(284);
    expect(context.startsWith('…')).toBe(true);
  });
});
