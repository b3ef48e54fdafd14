import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../../renderer/db/links/mention-extract';
import { retargetMentions } from '../../../../renderer/db/links/mention-retarget';
import { paragraphsJson, textNode } from '../../support/lexical-state';

const mention = (targetId: number): object => ({ type: 'mention', version: 1, targetId, title: `Paper ${targetId}` });

describe('retargetMentions', () => {
  it('points every mention of one abstract at another, nested ones too', () => {
    const json = paragraphsJson([[textNode('see '), mention(7), textNode(' and '), mention(8)], [{ type: 'link', children: [mention(7)] }]]);
    const moved = retargetMentions(json, 7, 3);
    expect(extractMentions(moved).map((found) => found.toId)).toEqual([3, 8, 3]);
  });

  it('hands back the same string when nothing mentions the abstract, or the JSON cannot be read', () => {
    const json = paragraphsJson([[textNode('see '), mention(8)]]);
    expect(retargetMentions(json, 7, 3)).toBe(json);
    expect(retargetMentions('{"root": mention', 7, 3)).toBe('{"root": mention');
    expect(retargetMentions(null, 7, 3)).toBeNull();
  });
});
