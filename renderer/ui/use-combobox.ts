import {
  useEffect,
  useId,
  useMemo,
  useReducer,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import {
  activeIndex,
  comboboxReducer,
  initialComboboxState,
  isExpanded,
  type ComboboxConfig,
} from './combobox-state';
import { isPromise, latestAnswer, type OptionSource } from './latest-answer';

export interface UseComboboxProps<T> extends ComboboxConfig {
  options: OptionSource<T>;
  /** An option picked by Enter or a click; may return the field's new text. */
  onChoose: (option: T) => string | void;
  /** Enter with no option active, e.g. to use the typed text itself; may return the field's new text. */
  onEnterText?: (text: string) => string | void;
  /** Told each new text of the field. */
  onTextChange?: (text: string) => void;
}

export interface ComboboxControl<T> {
  text: string;
  options: readonly T[];
  listId: string;
  listRef: RefObject<HTMLDivElement | null>;
  expanded: boolean;
  /** The active option's index, or -1. */
  active: number;
  optionId: (index: number) => string;
  choose: (index: number) => void;
  type: (text: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onBlur: () => void;
}

/**
 * The options for `text`. A promised answer shows once it arrives, the last promised one until then.
 * `source` should keep its identity between renders (useCallback), or it is asked again each time.
 * Asking anew aborts the previous question's signal.
 */
function useOptions<T>(source: OptionSource<T>, text: string): readonly T[] {
  const asked = useMemo(() => {
    const question = new AbortController();
    return { question, answer: source(text, question.signal) };
  }, [source, text]);
  const [shown, setShown] = useState<readonly T[]>([]);
  const take = useMemo(() => latestAnswer<readonly T[]>(setShown), []);
  const previous = useRef<AbortController | null>(null);
  useEffect(() => {
    // Aborted here, not in a cleanup: StrictMode runs cleanups of effects that stay, and would abort the current one.
    if (previous.current !== asked.question) previous.current?.abort();
    previous.current = asked.question;
    take(asked.answer);
  }, [take, asked]);
  const { answer } = asked;
  return isPromise(answer) ? shown : answer;
}

/** The state and keyboard of an ARIA 1.2 combobox with list autocomplete; `Combobox` renders it. */
export function useCombobox<T>(props: UseComboboxProps<T>): ComboboxControl<T> {
  const { onTextChange, onChoose, onEnterText, popup, firstArrowOnlyOpens, soleOptionIsActive } = props;
  const [text, setText] = useState('');
  const config = useMemo(
    () => ({ popup, firstArrowOnlyOpens, soleOptionIsActive }),
    [popup, firstArrowOnlyOpens, soleOptionIsActive],
  );
  const reducer = useMemo(() => comboboxReducer(config), [config]);
  const [state, dispatch] = useReducer(reducer, config, initialComboboxState);
  const options = useOptions(props.options, text);
  const listId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const count = options.length;
  const expanded = isExpanded(state, count, config);
  const active = activeIndex(state, count, config);
  const optionId = (index: number): string => `${listId}-option-${index}`;

  useEffect(() => {
    if (active < 0) return;
    listRef.current
      ?.querySelector(`#${CSS.escape(`${listId}-option-${active}`)}`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [listId, active, options]);

  const changeText = (next: string | void): void => {
    if (next === undefined) return;
    setText(next);
    onTextChange?.(next);
  };

  const choose = (index: number): void => {
    const option = options[index];
    if (option === undefined) return;
    dispatch({ type: 'chosen', index });
    changeText(onChoose(option));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      dispatch({ type: 'move', step: event.key === 'ArrowDown' ? 1 : -1, count });
    } else if (popup === 'listed' && event.ctrlKey && event.key === 'Home') {
      dispatch({ type: 'first' });
    } else if (popup === 'listed' && event.ctrlKey && event.key === 'End') {
      dispatch({ type: 'last', count });
    } else if (event.key === 'Enter') {
      if (active >= 0) choose(active);
      else if (onEnterText) {
        dispatch({ type: 'chosen', index: -1 });
        changeText(onEnterText(text));
      }
    } else if (popup === 'dropdown' && event.key === 'Escape') {
      // The list closes first; the field clears on the next Escape. Either way an enclosing dialog stays.
      event.stopPropagation();
      if (!expanded) changeText('');
      dispatch({ type: 'escape', expanded });
    } else return;
    event.preventDefault();
  };

  return {
    text,
    options,
    listId,
    listRef,
    expanded,
    active,
    optionId,
    choose,
    type: (typed) => {
      changeText(typed);
      dispatch({ type: 'typed' });
    },
    onKeyDown,
    onBlur: () => dispatch({ type: 'blur' }),
  };
}
