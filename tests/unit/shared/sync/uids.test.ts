import { describe, expect, it } from 'vitest';
import { abstractUid, isUid, linkTypeUid, randomUid, tagUid } from '../../../../shared/sync/uids';

describe('stable uids', () => {
  it('gives the same abstract uid to texts that differ only in spacing, case and stripped backslashes', () => {
    expect(abstractUid('We prove $\\frac{1}{2}$ bounds.')).toBe(abstractUid('we prove  $frac{1}{2}$ Bounds'));
    expect(abstractUid('We prove bounds.')).not.toBe(abstractUid('We prove other bounds.'));
    expect(abstractUid('x')).toMatch(/^a_[0-9a-f]{32}$/);
  });

  it('derives tag and link-type uids from names, each in its own namespace', () => {
    expect(tagUid('methods/rct')).toBe(tagUid('methods/rct'));
    expect(tagUid('methods/rct')).not.toBe(tagUid('methods'));
    expect(linkTypeUid(' Cites ')).toBe(linkTypeUid('cites'));
    expect(tagUid('cites').slice(2)).not.toBe(linkTypeUid('cites').slice(2));
  });

  it('makes random uids that are well-formed and distinct', () => {
    const made = new Set(Array.from({ length: 1000 }, randomUid));
    expect(made.size).toBe(1000);
    for (const uid of made) expect(isUid(uid)).toBe(true);
    expect(isUid('a_xyz')).toBe(false);
    expect(isUid(42)).toBe(false);
  });
});
