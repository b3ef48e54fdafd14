import { useCallback, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $createTextNode, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, type TextNode } from 'lexical';
import { useMentionChoices } from '../../db/links/mention-hooks';
import { $createMentionNode } from '../nodes/MentionNode';
import { useOpenAbstractFromEditor } from '../open-abstract-context';
import { MENTION_MENU_LABEL, MentionOption, MentionsMenu } from './MentionsMenu';
import { matchMentionTrigger } from './MentionsTrigger';

/**
 * A holder for the typeahead's anchor, hidden while no menu is open: Lexical appends its (empty)
 * listbox as soon as the editor mounts, and an empty listbox on the page confuses screen readers.
 */
function useMenuParent(open: boolean, labelId: string): HTMLElement {
  const [parent] = useState(() => document.createElement('div'));
  useEffect(() => {
    parent.className = 'mention-menu-layer';
    // Lexical names its listbox "Typeahead menu" with aria-label; aria-labelledby takes precedence.
    const label = document.createElement('span');
    label.id = labelId;
    label.hidden = true;
    label.textContent = MENTION_MENU_LABEL;
    parent.append(label);
    document.body.append(parent);
    return () => {
      label.remove();
      parent.remove();
    };
  }, [parent, labelId]);
  useEffect(() => {
    parent.hidden = !open;
  }, [parent, open]);
  return parent;
}

/** Enter on a mention the user tabbed to opens its abstract instead of splitting the paragraph. */
function useEnterOpensMention(): void {
  const [editor] = useLexicalComposerContext();
  const open = useOpenAbstractFromEditor();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          const target = event?.target;
          if (!(target instanceof HTMLElement) || open === null) return false;
          const id = Number(target.closest('[data-mention-id]')?.getAttribute('data-mention-id'));
          if (!Number.isInteger(id) || id <= 0) return false;
          event?.preventDefault();
          open(id);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor, open],
  );
}

/**
 * Typing `[[` or `@` opens a typeahead of abstracts filtered by what follows; Enter or a click
 * inserts a mention of the chosen one, Escape closes the menu.
 */
export function MentionsPlugin(): ReactNode {
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const labelId = useId();
  const parent = useMenuParent(open, labelId);
  const choices = useMentionChoices(query);
  const options = useMemo(() => choices.map((target) => new MentionOption(target)), [choices]);
  useEnterOpensMention();

  const insertMention = useCallback((option: MentionOption, replaced: TextNode | null, closeMenu: () => void) => {
    if (replaced === null) return;
    const mention = $createMentionNode(option.target.id, option.target.title);
    replaced.replace(mention);
    const space = $createTextNode(' ');
    mention.insertAfter(space);
    space.select(1, 1);
    closeMenu();
  }, []);

  return (
    <LexicalTypeaheadMenuPlugin<MentionOption>
      triggerFn={matchMentionTrigger}
      onQueryChange={setQuery}
      onSelectOption={insertMention}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      options={options}
      parent={parent}
      anchorClassName="mention-menu-anchor"
      menuRenderFn={(anchor, { options: shown, selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchor.current !== null && shown.length > 0
          ? createPortal(
              <MentionsMenu
                labelId={labelId}
                options={shown}
                selectedIndex={selectedIndex}
                onChoose={selectOptionAndCleanUp}
                onHighlight={setHighlightedIndex}
              />,
              anchor.current,
            )
          : null
      }
    />
  );
}
