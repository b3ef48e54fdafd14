import { describe, expect, it } from 'vitest';
import { ROW_SHARD_COUNT } from '../../../../shared/sync/document-name';
import { decisionEntity, parseScreeningEntity, REVIEW_KIND, reviewRecordEntity } from '../../../../shared/sync/screening-kinds';
import { homeOf, shardOf } from '../../../../shared/sync/shards';
import { ANNOTATION_KIND, parseTaggedEntity, taggedEntity } from '../../../../shared/sync/synced-kinds';

const A = 'a_00000000000000000000000000000001';
const R = '00000000000000000000000000000abc';

describe('synced kinds', () => {
  it('keeps a tag membership, a review record and a decision in their abstract’s shard; library-wide kinds in meta', () => {
    const shard = shardOf(A);
    expect(shard).toBeGreaterThanOrEqual(0);
    expect(shard).toBeLessThan(ROW_SHARD_COUNT);
    expect(homeOf('tagged', taggedEntity(A, 't_00000000000000000000000000000002'))).toEqual({ kind: 'rows', shard });
    expect(homeOf('decision', decisionEntity(A, R, 2))).toEqual({ kind: 'rows', shard });
    expect(homeOf('tag', 't_00000000000000000000000000000002')).toEqual({ kind: 'meta' });
    expect(homeOf('review', R)).toEqual({ kind: 'meta' });
  });

  it('spreads uids over the shards', () => {
    const used = new Set(Array.from({ length: 2_000 }, (_, index) => shardOf(index.toString(16).padStart(32, '0'))));
    expect(used.size).toBe(ROW_SHARD_COUNT);
  });

  it('parses the keys it makes and refuses malformed ones', () => {
    expect(parseTaggedEntity(taggedEntity(A, 't_1'))).toEqual({ abstractUid: A, tagUid: 't_1' });
    expect(parseTaggedEntity('a.b.c')).toBeNull();
    expect(parseScreeningEntity(reviewRecordEntity(A, R))).toEqual({ abstractUid: A, reviewUid: R, stage: null });
    expect(parseScreeningEntity(decisionEntity(A, R, 1))).toEqual({ abstractUid: A, reviewUid: R, stage: 1 });
    expect(parseScreeningEntity(`${A}.${R}.3`)).toBeNull();
  });

  it('checks decoded values: shapes, enums, ranges and unknown properties', () => {
    const { selections, criteria, seed } = REVIEW_KIND.fields;
    expect(selections([{ kind: 'list', list: R, name: 'To read' }, { kind: 'library' }])).toBeNull();
    expect(selections([{ kind: 'list', list: 7, name: 'To read' }])).toMatch(/list is not a uid/);
    expect(selections([{ kind: 'everything' }])).toMatch(/not a record selection/);
    expect(criteria([{ code: 'E1', kind: 'exclude', label: 'wrong population', extra: 1 }])).toMatch(/unknown property extra/);
    expect(seed(-1)).toMatch(/integer/);
    expect(ANNOTATION_KIND.fields.color('ultraviolet')).toMatch(/not one of/);
    expect(ANNOTATION_KIND.fields.abstract('../etc')).toBe('not a uid');
  });
});
