import { useMemo, type ReactNode } from 'react';
import { CITATION_STYLE_IDS, CITATION_STYLE_LABELS } from '../../../shared/citations/styles';
import { CITATION_CHOICES, choiceLabel } from './copy-text';
import { MenuButton, type MenuChoice } from './MenuButton';
import { useCitationCommands, type CitationScope } from './use-citation-commands';
import { useCopyCitations } from './use-copy-citations';
import './citations.css';

interface CitationActionsProps {
  /** The abstracts to cite, in the order their citation and bibliography list them. */
  ids: readonly number[];
  scope: CitationScope;
  small?: boolean;
}

/**
 * "Copy citation" (the five styles, pandoc, LaTeX) and, for several abstracts, "Copy bibliography",
 * with the same actions in the palette while shown.
 */
export function CitationActions({ ids, scope, small }: CitationActionsProps): ReactNode {
  const copy = useCopyCitations();
  const { style, copyCitation, copyBibliography } = copy;
  // A scope object made in render would register new palette commands on every render.
  const stableScope = useMemo(() => scope, [scope.kind, scope.kind === 'list' ? scope.name : '']); // eslint-disable-line react-hooks/exhaustive-deps
  useCitationCommands(ids, stableScope, copy);
  const citationChoices: MenuChoice[] = CITATION_CHOICES.map((choice) => ({ key: choice, label: choiceLabel(choice), run: () => copyCitation(ids, choice) }));
  // One abstract has no "Copy bibliography" button; its reference in the last style is one choice away.
  if (scope.kind === 'open') {
    citationChoices.push({ key: 'reference', label: `Full reference (${CITATION_STYLE_LABELS[style]})`, run: () => copyBibliography(ids, style) });
  }
  const bibliographyChoices = CITATION_STYLE_IDS.map((id) => ({ key: id, label: CITATION_STYLE_LABELS[id], run: () => copyBibliography(ids, id) }));
  const groupName = scope.kind === 'open' ? 'Cite this abstract' : scope.kind === 'selection' ? 'Cite the selection' : `Cite ${scope.name}`;
  return (
    <span role="group" aria-label={groupName} className="citation-actions">
      <MenuButton label="Copy citation" choices={citationChoices} focusKey={style} small={small} />
      {scope.kind !== 'open' && <MenuButton label="Copy bibliography" choices={bibliographyChoices} focusKey={style} small={small} />}
    </span>
  );
}
