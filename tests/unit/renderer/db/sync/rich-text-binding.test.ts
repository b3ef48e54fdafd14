import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EDITOR_NODES } from '../../../../../renderer/editor/nodes';
import { editorSave as saved } from './rich-text-states';
import { ensureRichText } from '../../../../../shared/sync/rich-texts';
import { readRichText, writeRichText } from '../../../../../renderer/db/sync/rich-text-binding';

const REF = { kind: 'note', entity: 'n1' };

function pair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  return [a, b];
}

const exchange = (from: Y.Doc, to: Y.Doc): void => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

function write(doc: Y.Doc, paragraphs: readonly string[]): void {
  doc.transact(() => writeRichText(ensureRichText(doc, REF), saved(paragraphs), EDITOR_NODES));
}

const textOf = (doc: Y.Doc): string => readRichText(ensureRichText(doc, REF), EDITOR_NODES).text;

describe('a rich text through @lexical/yjs', () => {
  it('reads back what was written, nodes and all', () => {
    const [a] = pair();
    write(a, ['Sparse attention $O(n)$ works', 'Second thought']);
    const read = readRichText(ensureRichText(a, REF), EDITOR_NODES);
    expect(read).toEqual(saved(['Sparse attention $O(n)$ works', 'Second thought']));
  });

  it('merges two devices typing in the same paragraph, character by character', () => {
    const [a, b] = pair();
    write(a, ['Hello world']);
    exchange(a, b);
    write(a, ['Hello brave world']);
    write(b, ['Hello world, again']);
    exchange(a, b);
    exchange(b, a);
    expect(textOf(a)).toBe('Hello brave world, again');
    expect(textOf(b)).toBe('Hello brave world, again');
  });

  it('keeps a paragraph inserted on one device and an edit made on the other', () => {
    const [a, b] = pair();
    write(a, ['First', 'Second', 'Third']);
    exchange(a, b);
    write(a, ['First', 'Inserted by A', 'Second', 'Third']);
    write(b, ['First', 'Second', 'Third, edited by B']);
    exchange(a, b);
    exchange(b, a);
    const expected = saved(['First', 'Inserted by A', 'Second', 'Third, edited by B']);
    expect(readRichText(ensureRichText(a, REF), EDITOR_NODES)).toEqual(expected);
    expect(readRichText(ensureRichText(b, REF), EDITOR_NODES)).toEqual(expected);
  });

  it('sends only the edit: a one-letter change is a small update, not the whole note', () => {
    const [a] = pair();
    const long = 'x'.repeat(5000);
    write(a, [long, 'tail']);
    const before = Y.encodeStateVector(a);
    write(a, [long, 'tails']);
    expect(Y.encodeStateAsUpdate(a, before).byteLength).toBeLessThan(200);
  });

  it('empties a text when the note is cleared', () => {
    const [a] = pair();
    write(a, ['Gone soon']);
    a.transact(() => writeRichText(ensureRichText(a, REF), { json: null, text: '' }, EDITOR_NODES));
    expect(readRichText(ensureRichText(a, REF), EDITOR_NODES)).toEqual({ json: null, text: '' });
  });
});
