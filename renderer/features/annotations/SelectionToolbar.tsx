import type { CSSProperties, KeyboardEvent, MouseEvent, ReactNode } from 'react';
import type { HighlightColor } from '../../db/annotations/types';
import { colorLabel, HIGHLIGHT_COLORS } from './colors';
import type { BodySelection } from './use-body-selection';

interface SelectionToolbarProps {
  selection: BodySelection | null;
  color: HighlightColor;
  onHighlight: (color: HighlightColor) => void;
}

const TOOLBAR_HEIGHT = 40;

/** Above the selection's first line, or below its last when that is off screen; always in view. */
function placement({ first, last }: BodySelection): CSSProperties {
  const above = first.top - TOOLBAR_HEIGHT - 8;
  const below = last.bottom + 8;
  const wanted = above >= 8 ? above : below;
  const top = Math.min(Math.max(wanted, 8), window.innerHeight - TOOLBAR_HEIGHT - 8);
  const anchor = above >= 8 ? first : last;
  const left = Math.min(Math.max(anchor.left + anchor.width / 2, 160), window.innerWidth - 160);
  return { top, left };
}

/** Floats over a text selection in the abstract: Highlight (last colour used) and the five colours. */
export function SelectionToolbar({ selection, color, onHighlight }: SelectionToolbarProps): ReactNode {
  if (!selection) return null;
  // mousedown would move focus and clear the selection the buttons act on.
  const keepSelection = (event: MouseEvent): void => event.preventDefault();
  // Arrow keys move between the toolbar's buttons, as in any toolbar.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const buttons = [...event.currentTarget.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === 'ArrowRight' ? 1 : -1;
    buttons[(at + step + buttons.length) % buttons.length]?.focus();
    event.preventDefault();
  };
  return (
    <div role="toolbar" aria-label="Selection" className="selection-toolbar" style={placement(selection)} onKeyDown={onKeyDown}>
      <button
        type="button"
        className="selection-toolbar-main"
        onMouseDown={keepSelection}
        onClick={() => onHighlight(color)}
        aria-keyshortcuts="h"
        title="Highlight (h)"
      >
        <span className={`swatch hl-${color}`} aria-hidden="true" />
        Highlight
      </button>
      <span className="selection-toolbar-divider" aria-hidden="true" />
      {HIGHLIGHT_COLORS.map((choice) => (
        <button
          key={choice}
          type="button"
          className="selection-toolbar-color"
          aria-label={`Highlight ${choice}`}
          title={`Highlight ${colorLabel(choice).toLowerCase()}`}
          aria-pressed={choice === color}
          onMouseDown={keepSelection}
          onClick={() => onHighlight(choice)}
        >
          <span className={`swatch hl-${choice}`} aria-hidden="true" />
        </button>
      ))}
    </div>
  );
}
