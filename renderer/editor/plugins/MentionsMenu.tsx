import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { MentionTarget } from '../../db/links/mention-search';

/** One abstract in the typeahead. */
export class MentionOption extends MenuOption {
  readonly target: MentionTarget;

  constructor(target: MentionTarget) {
    super(String(target.id));
    this.target = target;
  }
}

export const MENTION_MENU_LABEL = 'Mention an abstract';

interface MentionsMenuProps {
  /** The id of the element holding the menu's name. */
  labelId: string;
  options: MentionOption[];
  selectedIndex: number | null;
  onChoose: (option: MentionOption) => void;
  onHighlight: (index: number) => void;
}

/**
 * The options of the typeahead. Lexical's anchor element around them is the `listbox`; it is
 * named here so screen readers announce what the list offers.
 */
export function MentionsMenu({ labelId, options, selectedIndex, onChoose, onHighlight }: MentionsMenuProps): ReactNode {
  const list = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    list.current?.parentElement?.setAttribute('aria-labelledby', labelId);
  }, [labelId]);
  return (
    <ul ref={list} role="presentation" className="mention-menu">
      {options.map((option, index) => (
        <li
          key={option.key}
          ref={(element) => option.setRefElement(element)}
          id={`typeahead-item-${index}`}
          role="option"
          tabIndex={-1}
          aria-selected={selectedIndex === index}
          className="mention-menu-item"
          dir="auto"
          onMouseEnter={() => onHighlight(index)}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            onHighlight(index);
            onChoose(option);
          }}
        >
          {option.target.title}
        </li>
      ))}
    </ul>
  );
}
