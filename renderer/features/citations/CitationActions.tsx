import { useMemo, type ReactNode } from 'react';
import { CITATION_STYLE_IDS, CITATION_STYLE_LABELS, type CitationStyleId } from '../../../shared/citations/styles';
import { CITATION_CHOICES, choiceLabel } from './copy-text';
import { MenuButton, type MenuChoice } from '../../ui/MenuButton';
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
 * One abstract has no "Copy bibliography" button: what a researcher copies from a paper is its full
 * reference in a style (as Google Scholar's Cite and Zotero's Quick Copy give it), so each style copies
 * that, and the in-text citation in the last style, pandoc and LaTeX follow.
 */
function openAbstractChoices(ids: readonly number[], style: CitationStyleId, copy: ReturnType<typeof useCopyCitations>): MenuChoice[] {
  return [
    ...CITATION_STYLE_IDS.map((id) => ({ key: id, label: CITATION_STYLE_LABELS[id], run: () => copy.copyBibliography(ids, id) })),
    { key: 'in-text', label: `In-text citation (${CITATION_STYLE_LABELS[style]})`, run: () => copy.copyCitation(ids, style) },
    ...(['pandoc', 'latex'] as const).map((choice) => ({ key: choice, label: choiceLabel(choice), run: () => copy.copyCitation(ids, choice) })),
  ];
}

/**
 * "Copy citation" (the five styles, pandoc, LaTeX) and, for several abstracts, "Copy bibliography",
 * with the same actions in the palette while shown.
 */
export function CitationActions({ ids, scope, small }: CitationActionsProps): ReactNode {
  const copy = useCopyCitations();
  const { style, copyCitation, copyBibliography } = copy;
  // A scope object made in render would register new palette commands on every render: rebuild it from its values.
  const listName = scope.kind === 'list' ? scope.name : null;
  const stableScope = useMemo((): CitationScope => (listName !== null ? { kind: 'list', name: listName } : { kind: scope.kind === 'open' ? 'open' : 'selection' }), [scope.kind, listName]);
  useCitationCommands(ids, stableScope, copy);
  const citationChoices: MenuChoice[] =
    scope.kind === 'open' ? openAbstractChoices(ids, style, copy) : CITATION_CHOICES.map((choice) => ({ key: choice, label: choiceLabel(choice), run: () => copyCitation(ids, choice) }));
  const bibliographyChoices = CITATION_STYLE_IDS.map((id) => ({ key: id, label: CITATION_STYLE_LABELS[id], run: () => copyBibliography(ids, id) }));
  const groupName = scope.kind === 'open' ? 'Cite this abstract' : scope.kind === 'selection' ? 'Cite the selection' : `Cite ${scope.name}`;
  return (
    <span role="group" aria-label={groupName} className="citation-actions">
      <MenuButton label="Copy citation" choices={citationChoices} focusKey={style} small={small} />
      {scope.kind !== 'open' && <MenuButton label="Copy bibliography" choices={bibliographyChoices} focusKey={style} small={small} />}
    </span>
  );
}
