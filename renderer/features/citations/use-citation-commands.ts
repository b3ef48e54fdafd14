import { useMemo } from 'react';
import { CITATION_STYLE_LABELS } from '../../../shared/citations/styles';
import { useCommands, type PaletteCommand } from '../../ui/command-registry';
import { choiceLabel } from './copy-text';
import type { CopyCitations } from './use-copy-citations';

/** Whose citation the palette copies: the open abstract, the selection, or a reading list. */
export type CitationScope = { kind: 'open' } | { kind: 'selection' } | { kind: 'list'; name: string };

const KEYWORDS = 'cite reference apa ieee chicago vancouver nature clipboard';

function scopeWords(scope: CitationScope, count: number): string {
  if (scope.kind === 'open') return '';
  if (scope.kind === 'selection') return ` of the ${count.toLocaleString('en-US')} selected`;
  return ` of ${scope.name}`;
}

/**
 * "Copy citation" and "Copy bibliography" in the palette while their target is on screen, in the
 * style last used; pandoc and LaTeX keys too.
 */
export function useCitationCommands(ids: readonly number[], scope: CitationScope, copy: CopyCitations): void {
  const { style, copyCitation, copyBibliography } = copy;
  const commands = useMemo((): PaletteCommand[] => {
    if (ids.length === 0) return [];
    const of = scopeWords(scope, ids.length);
    const styleName = CITATION_STYLE_LABELS[style];
    const prefix = `citation.${scope.kind}`;
    const list: PaletteCommand[] = [
      { id: `${prefix}.copy`, title: `Copy citation${of} (${styleName})`, keywords: KEYWORDS, run: () => copyCitation(ids, style) },
      { id: `${prefix}.pandoc`, title: `Copy citation${of} as ${choiceLabel('pandoc')}`, keywords: 'markdown key', run: () => copyCitation(ids, 'pandoc') },
      { id: `${prefix}.latex`, title: `Copy citation${of} as ${choiceLabel('latex')}`, keywords: 'tex bibtex key', run: () => copyCitation(ids, 'latex') },
      { id: `${prefix}.bibliography`, title: `Copy bibliography${of} (${styleName})`, keywords: KEYWORDS, run: () => copyBibliography(ids, style) },
    ];
    return list;
  }, [ids, scope, style, copyCitation, copyBibliography]);
  useCommands(commands);
}
