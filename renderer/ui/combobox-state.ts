/**
 * Which option of a combobox is active, and whether its list is open, as a pure reducer.
 * A 'dropdown' list opens as one types and closes on Escape, blur or a choice; a 'listed' one is
 * always shown (as in a dialog) and always has an active option while it has any.
 */
export type ComboboxPopup = 'dropdown' | 'listed';

export interface ComboboxConfig {
  popup: ComboboxPopup;
  /** A dropdown's first arrow only opens the list, without activating an option. */
  firstArrowOnlyOpens?: boolean;
  /** With a single option and none picked, that option counts as active. */
  soleOptionIsActive?: boolean;
}

export interface ComboboxState {
  open: boolean;
  /** The picked option's index, or -1; may run past the options when they shrink. */
  active: number;
}

export type ComboboxEvent =
  | { type: 'typed' }
  | { type: 'move'; step: 1 | -1; count: number }
  | { type: 'first' }
  | { type: 'last'; count: number }
  | { type: 'escape'; expanded: boolean }
  | { type: 'blur' }
  | { type: 'chosen'; index: number };

export function initialComboboxState(config: ComboboxConfig): ComboboxState {
  return config.popup === 'listed' ? { open: true, active: 0 } : { open: false, active: -1 };
}

/** Whether the list shows: a dropdown only while open and not empty. */
export function isExpanded(state: ComboboxState, count: number, config: ComboboxConfig): boolean {
  return config.popup === 'listed' || (state.open && count > 0);
}

/** The index of the active option among `count`, or -1 for none. */
export function activeIndex(state: ComboboxState, count: number, config: ComboboxConfig): number {
  if (config.popup === 'listed') return Math.min(state.active, count - 1);
  if (!isExpanded(state, count, config)) return -1;
  if (state.active >= 0 && state.active < count) return state.active;
  return config.soleOptionIsActive === true && count === 1 ? 0 : -1;
}

function wrap(index: number, step: number, count: number): number {
  return count === 0 ? -1 : (index + step + count) % count;
}

export function comboboxReducer(config: ComboboxConfig) {
  return (state: ComboboxState, event: ComboboxEvent): ComboboxState => {
    const listed = config.popup === 'listed';
    switch (event.type) {
      case 'typed':
        return listed ? { open: true, active: 0 } : { open: true, active: -1 };
      case 'move':
        if (listed)
          return {
            open: true,
            active: Math.max(0, wrap(activeIndex(state, event.count, config), event.step, event.count)),
          };
        if (!state.open && config.firstArrowOnlyOpens === true) return { open: true, active: state.active };
        return { open: true, active: wrap(state.active, event.step, event.count) };
      case 'first':
        return { ...state, active: 0 };
      case 'last':
        return { ...state, active: Math.max(0, event.count - 1) };
      case 'escape':
        if (listed) return state;
        return { open: event.expanded ? false : state.open, active: -1 };
      case 'blur':
        return listed ? state : { ...state, open: false };
      case 'chosen':
        return listed ? { open: true, active: event.index } : { open: false, active: -1 };
    }
  };
}
