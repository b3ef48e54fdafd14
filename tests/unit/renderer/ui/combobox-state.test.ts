import { describe, expect, it } from 'vitest';
import {
  activeIndex,
  comboboxReducer,
  initialComboboxState,
  isExpanded,
  type ComboboxConfig,
  type ComboboxEvent,
  type ComboboxState,
} from '../../../../renderer/ui/combobox-state';

function run(config: ComboboxConfig, events: ComboboxEvent[]): ComboboxState {
  return events.reduce(comboboxReducer(config), initialComboboxState(config));
}

const dropdown: ComboboxConfig = { popup: 'dropdown' };
const listed: ComboboxConfig = { popup: 'listed' };
const down = (count: number): ComboboxEvent => ({ type: 'move', step: 1, count });
const up = (count: number): ComboboxEvent => ({ type: 'move', step: -1, count });

describe('a dropdown combobox', () => {
  it('starts closed with nothing active, and opens as one types', () => {
    const state = run(dropdown, [{ type: 'typed' }]);
    expect(isExpanded(initialComboboxState(dropdown), 3, dropdown)).toBe(false);
    expect(isExpanded(state, 3, dropdown)).toBe(true);
    expect(isExpanded(state, 0, dropdown)).toBe(false);
    expect(activeIndex(state, 3, dropdown)).toBe(-1);
  });

  it('moves the active option with the arrows, wrapping at both ends', () => {
    expect(activeIndex(run(dropdown, [{ type: 'typed' }, down(3), down(3)]), 3, dropdown)).toBe(1);
    expect(
      activeIndex(run(dropdown, [{ type: 'typed' }, down(3), down(3), down(3), down(3)]), 3, dropdown),
    ).toBe(0);
    expect(activeIndex(run(dropdown, [{ type: 'typed' }, down(3), up(3)]), 3, dropdown)).toBe(2);
  });

  it('opens on an arrow and, unless told to only open, activates too', () => {
    expect(activeIndex(run(dropdown, [down(3)]), 3, dropdown)).toBe(0);
    const onlyOpens: ComboboxConfig = { popup: 'dropdown', firstArrowOnlyOpens: true };
    const opened = run(onlyOpens, [down(3)]);
    expect(isExpanded(opened, 3, onlyOpens)).toBe(true);
    expect(activeIndex(opened, 3, onlyOpens)).toBe(-1);
    expect(activeIndex(run(onlyOpens, [down(3), down(3)]), 3, onlyOpens)).toBe(0);
  });

  it('lets a sole option count as active only when asked to', () => {
    const sole: ComboboxConfig = { popup: 'dropdown', soleOptionIsActive: true };
    expect(activeIndex(run(sole, [{ type: 'typed' }]), 1, sole)).toBe(0);
    expect(activeIndex(run(sole, [{ type: 'typed' }]), 2, sole)).toBe(-1);
    expect(activeIndex(run(dropdown, [{ type: 'typed' }]), 1, dropdown)).toBe(-1);
  });

  it('closes on Escape while shown, and otherwise only drops the active option', () => {
    const closed = run(dropdown, [{ type: 'typed' }, down(3), { type: 'escape', expanded: true }]);
    expect(closed).toEqual({ open: false, active: -1 });
    const empty = run(dropdown, [{ type: 'typed' }, { type: 'escape', expanded: false }]);
    expect(empty).toEqual({ open: true, active: -1 });
  });

  it('closes on blur and after a choice', () => {
    expect(run(dropdown, [{ type: 'typed' }, { type: 'blur' }]).open).toBe(false);
    expect(run(dropdown, [{ type: 'typed' }, down(3), { type: 'chosen', index: 0 }])).toEqual({
      open: false,
      active: -1,
    });
  });
});

describe('a listed combobox', () => {
  it('is always shown with its first option active', () => {
    const state = initialComboboxState(listed);
    expect(isExpanded(state, 0, listed)).toBe(true);
    expect(activeIndex(state, 4, listed)).toBe(0);
    expect(activeIndex(state, 0, listed)).toBe(-1);
  });

  it('wraps with the arrows and jumps to the ends', () => {
    expect(activeIndex(run(listed, [up(4)]), 4, listed)).toBe(3);
    expect(activeIndex(run(listed, [up(4), down(4)]), 4, listed)).toBe(0);
    expect(activeIndex(run(listed, [{ type: 'last', count: 4 }]), 4, listed)).toBe(3);
    expect(activeIndex(run(listed, [{ type: 'last', count: 4 }, { type: 'first' }]), 4, listed)).toBe(0);
  });

  it('keeps the active option within fewer options, and restarts at the first as one types', () => {
    const state = run(listed, [{ type: 'last', count: 6 }]);
    expect(activeIndex(state, 2, listed)).toBe(1);
    expect(activeIndex(run(listed, [{ type: 'last', count: 6 }, down(2)]), 2, listed)).toBe(0);
    expect(activeIndex(run(listed, [{ type: 'last', count: 6 }, { type: 'typed' }]), 6, listed)).toBe(0);
  });

  it('ignores Escape and blur (the dialog around it handles them), and keeps a clicked option active', () => {
    expect(run(listed, [down(3), { type: 'escape', expanded: true }, { type: 'blur' }])).toEqual({
      open: true,
      active: 1,
    });
    expect(activeIndex(run(listed, [{ type: 'chosen', index: 2 }]), 3, listed)).toBe(2);
  });
});
