import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { HybridClock } from '../../../../shared/sync/hlc';
import { compareListOrder, isPresent, sameValue } from '../../../../shared/sync/merge-rules';
import { deleteEntity, readEntity, writeEntity } from '../../../../shared/sync/entities';
import { registersOf, registerKey, writeRegister } from '../../../../shared/sync/registers';
import { ABSTRACT_KIND, ANNOTATION_KIND, TAGGED_KIND, type AbstractFields, type AnnotationFields } from '../../../../shared/sync/synced-kinds';

const A = 'a_00000000000000000000000000000001';
const T = 't_00000000000000000000000000000002';
const MEMBERSHIP = `${A}.${T}`;

/** Two devices with their own docs and wall clocks; `exchange` delivers each one's state to the other. */
function twoDevices(wallA = () => 1_000, wallB = () => 1_000) {
  const docA = new Y.Doc();
  const docB = new Y.Doc();
  const exchange = () => {
    const fromA = Y.encodeStateAsUpdate(docA, Y.encodeStateVector(docB));
    const fromB = Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA));
    Y.applyUpdate(docB, fromA, 'remote');
    Y.applyUpdate(docA, fromB, 'remote');
  };
  return { docA, docB, clockA: new HybridClock('deva', wallA), clockB: new HybridClock('devb', wallB), exchange };
}

const abstract = (patch: Partial<AbstractFields>): AbstractFields => ({ status: 'unread', starred: false, title: 'T', authors: [], year: null, doi: null, arxiv: null, url: null, venue: null, type: null, citationKey: null, keywords: [], ...patch });

const annotation = (patch: Partial<AnnotationFields>): AnnotationFields => ({
  abstract: A,
  anchor: {
    selectors: { quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } },
    state: 'anchored',
    confidence: 1,
  },
  color: 'yellow',
  plainText: true,
  createdAt: 1,
  ...patch,
});

describe('merge rules', () => {
  it('status is last writer wins by hybrid clock, not by Yjs client id', () => {
    const { docA, docB, clockA, clockB, exchange } = twoDevices(() => 2_000, () => 1_000);
    writeEntity(docB, ABSTRACT_KIND, A, abstract({ status: 'reading' }), clockB);
    writeEntity(docA, ABSTRACT_KIND, A, abstract({ status: 'read' }), clockA);
    exchange();
    // Concurrent writes: A's clock is ahead, so A's is the later one on both sides, whichever Yjs client id is higher.
    expect(readEntity(docA, ABSTRACT_KIND, A).values.status).toBe('read');
    expect(readEntity(docB, ABSTRACT_KIND, A).values.status).toBe('read');
  });

  it('a write made after seeing another wins even from a device whose wall clock lags', () => {
    const { docA, docB, clockA, clockB, exchange } = twoDevices(() => 9_000, () => 1_000);
    writeEntity(docA, ABSTRACT_KIND, A, abstract({ status: 'read' }), clockA);
    exchange();
    writeEntity(docB, ABSTRACT_KIND, A, abstract({ status: 'reading' }), clockB);
    exchange();
    expect(readEntity(docA, ABSTRACT_KIND, A).values.status).toBe('reading');
  });

  it('metadata fields merge one by one: concurrent edits of different fields both survive', () => {
    const { docA, docB, clockA, clockB, exchange } = twoDevices();
    writeEntity(docA, ABSTRACT_KIND, A, abstract({}), clockA);
    exchange();
    writeEntity(docA, ABSTRACT_KIND, A, abstract({ title: 'New title' }), clockA);
    writeEntity(docB, ABSTRACT_KIND, A, abstract({ year: 2020, starred: true }), clockB);
    exchange();
    for (const doc of [docA, docB]) expect(readEntity(doc, ABSTRACT_KIND, A).values).toMatchObject({ title: 'New title', year: 2020, starred: true });
  });

  it('tag membership: a tag added on one device while another removed it unseen stays on', () => {
    const { docA, docB, clockA, clockB, exchange } = twoDevices(() => 1_000, () => 5_000);
    writeEntity(docA, TAGGED_KIND, MEMBERSHIP, {}, clockA);
    exchange();
    deleteEntity(docB, TAGGED_KIND, MEMBERSHIP, clockB);
    expect(readEntity(docB, TAGGED_KIND, MEMBERSHIP).present).toBe(false);
    // A removes and re-adds offline (its clock is behind B's delete): the re-add was not seen by B's delete.
    deleteEntity(docA, TAGGED_KIND, MEMBERSHIP, clockA);
    writeEntity(docA, TAGGED_KIND, MEMBERSHIP, {}, clockA);
    exchange();
    expect(readEntity(docA, TAGGED_KIND, MEMBERSHIP).present).toBe(true);
    expect(readEntity(docB, TAGGED_KIND, MEMBERSHIP).present).toBe(true);
  });

  it('tag membership: a removal that saw every add removes the tag everywhere', () => {
    const { docA, docB, clockA, clockB, exchange } = twoDevices();
    writeEntity(docA, TAGGED_KIND, MEMBERSHIP, {}, clockA);
    writeEntity(docB, TAGGED_KIND, MEMBERSHIP, {}, clockB);
    exchange();
    deleteEntity(docB, TAGGED_KIND, MEMBERSHIP, clockB);
    exchange();
    expect(readEntity(docA, TAGGED_KIND, MEMBERSHIP).present).toBe(false);
  });

  it('an annotation edited concurrently with its delete survives, with the edit', () => {
    const { docA, docB, clockA, clockB, exchange } = twoDevices(() => 1_000, () => 9_000);
    const U = '0123456789abcdef0123456789abcdef';
    writeEntity(docA, ANNOTATION_KIND, U, annotation({}), clockA);
    exchange();
    writeEntity(docA, ANNOTATION_KIND, U, annotation({ color: 'green' }), clockA);
    deleteEntity(docB, ANNOTATION_KIND, U, clockB);
    exchange();
    for (const doc of [docA, docB]) {
      const state = readEntity(doc, ANNOTATION_KIND, U);
      expect(state.present).toBe(true);
      expect(state.values.color).toBe('green');
    }
  });

  it('a delete made after seeing the edits wins', () => {
    const { docA, docB, clockA, clockB, exchange } = twoDevices();
    const U = '0123456789abcdef0123456789abcdef';
    writeEntity(docA, ANNOTATION_KIND, U, annotation({}), clockA);
    exchange();
    writeEntity(docB, ANNOTATION_KIND, U, annotation({ color: 'pink' }), clockB);
    exchange();
    deleteEntity(docA, ANNOTATION_KIND, U, clockA);
    exchange();
    expect(readEntity(docB, ANNOTATION_KIND, U).present).toBe(false);
    writeEntity(docB, ANNOTATION_KIND, U, annotation({ color: 'pink' }), clockB);
    expect(readEntity(docB, ANNOTATION_KIND, U).present).toBe(true);
  });

  it('list order: by fractional key, equal keys by item uid', () => {
    const items = [
      { order: 'a1', uid: 'c' },
      { order: 'a0', uid: 'z' },
      { order: 'a1', uid: 'b' },
    ];
    expect([...items].sort(compareListOrder).map((item) => item.uid)).toEqual(['z', 'b', 'c']);
  });

  it('skips a malformed or out-of-range value with a reason and keeps the best valid one', () => {
    const { docA, clockA } = twoDevices();
    writeEntity(docA, ABSTRACT_KIND, A, abstract({ status: 'reading' }), clockA);
    const later = { wall: 5_000, counter: 0, device: 'evil' };
    writeRegister(docA, { kind: 'abstract', entity: A, field: 'status', device: 'evil' }, 'deleted-everything', later);
    writeRegister(docA, { kind: 'abstract', entity: A, field: 'year', device: 'evil' }, 123456, later);
    registersOf(docA).set(registerKey({ kind: 'abstract', entity: A, field: 'title', device: 'evil' }), { v: 'x', at: 'now' });
    const state = readEntity(docA, ABSTRACT_KIND, A);
    expect(state.values.status).toBe('reading');
    expect(state.values.year).toBeNull();
    expect(state.problems.join('\n')).toMatch(/status from evil: not one of/);
    expect(state.problems.join('\n')).toMatch(/year from evil: not an integer/);
    expect(state.problems.join('\n')).toMatch(/title\|evil: a stamp/);
  });

  it('applying the same update twice changes nothing', () => {
    const { docA, docB, clockA } = twoDevices();
    writeEntity(docA, ANNOTATION_KIND, '0123456789abcdef0123456789abcdef', annotation({}), clockA);
    const update = Y.encodeStateAsUpdate(docA);
    Y.applyUpdate(docB, update);
    const once = Y.encodeStateAsUpdate(docB);
    Y.applyUpdate(docB, update);
    expect(Y.encodeStateAsUpdate(docB)).toEqual(once);
  });

  it('presence and value comparison helpers', () => {
    const stamp = (wall: number, device: string) => ({ wall, counter: 0, device });
    expect(isPresent(new Map([['a', stamp(5, 'a')]]), [new Map([['a', stamp(5, 'a')]])])).toBe(false);
    expect(isPresent(new Map([['a', stamp(6, 'a')]]), [new Map([['a', stamp(5, 'a')]])])).toBe(true);
    expect(isPresent(new Map(), [])).toBe(false);
    expect(sameValue({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
  });
});
