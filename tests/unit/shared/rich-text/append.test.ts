import { describe, expect, it } from 'vitest';
import { appendRichText } from '../../../../shared/rich-text/append';
import { paragraphsJson, textNode } from '../../support/lexical-state';

function blockTexts(json: string | null): string[] {
  const state = JSON.parse(json ?? '{}') as { root: { children: { children: { text: string }[] }[] } };
  return state.root.children.map((block) => block.children.map((child) => child.text).join(''));
}

describe('appendRichText', () => {
  it('puts the second content after the first, block after block', () => {
    const joined = appendRichText(
      { json: paragraphsJson([[textNode('One')], [textNode('Two')]]), text: 'One\n\nTwo' },
      { json: paragraphsJson([[textNode('Three')]]), text: 'Three' },
    );
    expect(blockTexts(joined.json)).toEqual(['One', 'Two', 'Three']);
    expect(joined.text).toBe('One\n\nTwo\n\nThree');
  });

  it('turns plain text without a saved state into paragraphs, and drops an empty editor paragraph', () => {
    const empty = JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [] }] } });
    const joined = appendRichText({ json: empty, text: '' }, { json: null, text: 'First part\n\nSecond part' });
    expect(blockTexts(joined.json)).toEqual(['First part', 'Second part']);
    expect(joined.text).toBe('First part\n\nSecond part');
  });

  it('keeps two plain texts plain', () => {
    expect(appendRichText({ json: null, text: 'a' }, { json: null, text: 'b' })).toEqual({ json: null, text: 'a\n\nb' });
  });
});
