import type { ReactNode, Ref } from 'react';
import { useCombobox, type UseComboboxProps } from './use-combobox';

export type { OptionSource } from './latest-answer';

export interface ComboboxProps<T> extends UseComboboxProps<T> {
  /** The accessible names of the field and of its listbox, and the field's placeholder. */
  names: { field: string; list: string; placeholder: string };
  /** `root`, if given, wraps the field and its list in a div (the anchor for a dropdown). */
  className: { root?: string; input: string; listbox: string; option: string };
  optionKey: (option: T) => string | number;
  renderOption: (option: T) => ReactNode;
  /** Whether an option is selected; by default the active one is. The active one always has `data-active`. */
  isSelected?: (option: T) => boolean;
  /** Shown under the list when no option matches. */
  empty?: ReactNode;
  inputType?: 'text' | 'search';
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  /** For options in the text's own direction, such as titles. */
  optionDir?: 'auto';
}

/**
 * A text field with a listbox of options (ARIA 1.2 combobox, list autocomplete). The focus stays in
 * the field: ↑/↓ move the active option, named by `aria-activedescendant`; Enter or a click chooses.
 */
export function Combobox<T>(props: ComboboxProps<T>): ReactNode {
  const { names, className, optionKey, renderOption, isSelected, empty } = props;
  const combobox = useCombobox(props);
  const { options, active, expanded } = combobox;
  const parts = (
    <>
      <input
        ref={props.inputRef}
        type={props.inputType ?? 'text'}
        role="combobox"
        aria-label={names.field}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={combobox.listId}
        aria-activedescendant={active >= 0 ? combobox.optionId(active) : undefined}
        className={className.input}
        placeholder={names.placeholder}
        value={combobox.text}
        autoFocus={props.autoFocus}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => combobox.type(event.target.value)}
        onBlur={combobox.onBlur}
        onKeyDown={combobox.onKeyDown}
      />
      <div
        ref={combobox.listRef}
        id={combobox.listId}
        role="listbox"
        aria-label={names.list}
        className={className.listbox}
        hidden={!expanded}
      >
        {options.map((option, index) => (
          <div
            key={optionKey(option)}
            id={combobox.optionId(index)}
            role="option"
            aria-selected={isSelected ? isSelected(option) : index === active}
            data-active={index === active || undefined}
            className={className.option}
            dir={props.optionDir}
            // Keep the focus in the field: a click chooses without blurring it, so the list stays until then.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => combobox.choose(index)}
          >
            {renderOption(option)}
          </div>
        ))}
      </div>
      {options.length === 0 && empty}
    </>
  );
  return className.root === undefined ? parts : <div className={className.root}>{parts}</div>;
}
