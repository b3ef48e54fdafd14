import { describe, expect, it } from 'vitest';
import { renderBudget } from '../../../../renderer/features/graph/render-budget';

describe('renderBudget', () => {
  it('keeps everything drawn while moving in a small library', () => {
    expect(renderBudget(26, 40)).toEqual({ hideEdgesOnMove: false, hideLabelsOnMove: false, nodeType: 'circle' });
  });

  it('drops edges and labels during motion and draws nodes as points at the 5,000 × 20,000 scale', () => {
    expect(renderBudget(5_000, 20_000)).toEqual({ hideEdgesOnMove: true, hideLabelsOnMove: true, nodeType: 'point' });
  });

  it('judges edges and nodes by their own counts', () => {
    expect(renderBudget(500, 3_000)).toEqual({ hideEdgesOnMove: true, hideLabelsOnMove: false, nodeType: 'circle' });
  });
});
