import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRichText, withoutBlocks } from '../../../../shared/rich-text/merge';
import { paragraphsJson, textNode } from '../../support/lexical-state';

/** Lexical's serialized state for plain paragraphs, as the editors save it. */
function paragraphs(...texts: string[]): string {
  return paragraphsJson(texts.map((text) => [textNode(text)]));
}

function textsOf(json: string): string[] {
  const state = JSON.parse(json) as { root: { children: { children: { text: string }[] }[] } };
  return state.root.children.map((block) => block.children.map((child) => child.text).join(''));
}

describe('mergeRichText', () => {
  it('merges edits to different paragraphs with no conflict', () => {
    const merged = mergeRichText(
      paragraphs('One.', 'Two.', 'Three.'),
      paragraphs('One, ours.', 'Two.', 'Three.'),
      paragraphs('One.', 'Two.', 'Three, theirs.'),
    );
    expect(textsOf(merged.json)).toEqual(['One, ours.', 'Two.', 'Three, theirs.']);
    expect(merged.theirVersions).toEqual([]);
  });

  it('keeps both versions of a paragraph both sides changed, theirs first, and names theirs', () => {
    const merged = mergeRichText(
      paragraphs('Shared.'),
      paragraphs('Shared, ours.'),
      paragraphs('Shared, theirs.'),
    );
    expect(textsOf(merged.json)).toEqual(['Shared, theirs.', 'Shared, ours.']);
    expect(merged.theirVersions.map((block) => block.includes('Shared, theirs.'))).toEqual([true]);
  });

  it('merges a paragraph added right beside a paragraph the other side changed', () => {
    const merged = mergeRichText(
      paragraphs('Shared.'),
      paragraphs('Shared, ours.'),
      paragraphs('Added before.', 'Shared.'),
    );
    expect(textsOf(merged.json)).toEqual(['Added before.', 'Shared, ours.']);
    expect(merged.theirVersions).toEqual([]);
  });

  it('keeps both texts when two editors start the same empty note', () => {
    const merged = mergeRichText(null, paragraphs('Ours.'), paragraphs('Theirs.'));
    expect(textsOf(merged.json)).toEqual(['Theirs.', 'Ours.']);
    expect(merged.theirVersions).toHaveLength(1);
  });

  it('takes the other side as is when this side changed nothing', () => {
    const base = paragraphs('Same.');
    expect(mergeRichText(base, base, paragraphs('Same.', 'New.')).json).toBe(paragraphs('Same.', 'New.'));
  });

  it('never loses a paragraph either side wrote', () => {
    const sentence = fc.constantFrom<string>('Alpha.', 'Beta.', 'Gamma.', 'Delta.', 'Epsilon.', 'Zeta.');
    const edit = (base: string[]) =>
      fc
        .array(fc.oneof(fc.constantFrom(...base, 'keep'), sentence), { maxLength: base.length + 2 })
        .map((picks) => picks.map((pick, at) => (pick === 'keep' ? (base[at] ?? 'Extra.') : pick)));
    const scenario = fc
      .array(sentence, { maxLength: 4 })
      .chain((base) => fc.tuple(fc.constant(base), edit(base), edit(base)));
    fc.assert(
      fc.property(scenario, ([base, ours, theirs]) => {
        const merged = textsOf(
          mergeRichText(paragraphs(...base), paragraphs(...ours), paragraphs(...theirs)).json,
        );
        for (const text of [...ours, ...theirs]) {
          if (!base.includes(text)) expect(merged).toContain(text);
        }
      }),
    );
  });
});

describe('withoutBlocks', () => {
  it('drops the given blocks once each and keeps the rest in order', () => {
    const both = mergeRichText(
      paragraphs('Shared.'),
      paragraphs('Shared, ours.'),
      paragraphs('Shared, theirs.'),
    );
    expect(textsOf(withoutBlocks(both.json, both.theirVersions))).toEqual(['Shared, ours.']);
  });
});

describe('mergeRichText on neighbouring paragraphs', () => {
  it('merges edits of two neighbouring paragraphs, and keeps both versions only of the one both changed', () => {
    const clean = mergeRichText(
      paragraphs('A.', 'B.'),
      paragraphs('A, ours.', 'B.'),
      paragraphs('A.', 'B, theirs.'),
    );
    expect(textsOf(clean.json)).toEqual(['A, ours.', 'B, theirs.']);
    expect(clean.theirVersions).toEqual([]);
    const mixed = mergeRichText(
      paragraphs('A.', 'B.'),
      paragraphs('A, ours.', 'B, ours.'),
      paragraphs('A.', 'B, theirs.'),
    );
    expect(textsOf(mixed.json)).toEqual(['A, ours.', 'B, theirs.', 'B, ours.']);
    expect(mixed.theirVersions).toHaveLength(1);
  });
});
