import { useCallback } from 'react';
import { DEFAULT_CITATION_STYLE, type CitationStyleId } from '../../../shared/citations/styles';
import { exportEntries } from '../../db/export/entries';
import { setCitationStyle, useCitationStyle } from '../../db/settings/citation-style';
import { useUndo } from '../undo';
import { writeClipboard, type ClipboardContent } from './clipboard';
import { bibliographyContent, citationContent, copiedMessage, isStyleChoice, type CitationChoice } from './copy-text';

export interface CopyCitations {
  /** The style last copied in (APA 7th until one is chosen). */
  style: CitationStyleId;
  copyCitation: (ids: readonly number[], choice: CitationChoice) => void;
  copyBibliography: (ids: readonly number[], style: CitationStyleId) => void;
}

/**
 * Copies the citation or bibliography of abstracts, read through the export contract, and says so
 * in the status toast. Call from a click: the clipboard write starts before the abstracts are read.
 */
export function useCopyCitations(): CopyCitations {
  const undo = useUndo();
  const style = useCitationStyle() ?? DEFAULT_CITATION_STYLE;

  const copy = useCallback(
    (ids: readonly number[], choice: CitationChoice, what: 'citation' | 'bibliography'): void => {
      const content: Promise<ClipboardContent> = exportEntries(ids).then((entries) => {
        if (entries.length === 0) throw new Error('the abstracts are no longer in the library');
        if (what === 'citation' || !isStyleChoice(choice)) return citationContent(entries, choice);
        return bibliographyContent(entries, choice);
      });
      if (isStyleChoice(choice)) void setCitationStyle(choice);
      writeClipboard(content, isStyleChoice(choice)).then(
        () => undo.notify(copiedMessage(choice, what, ids.length)),
        (error: unknown) => undo.showFailure(`Could not copy the ${what}: ${error instanceof Error ? error.message : String(error)}`),
      );
    },
    [undo],
  );

  return {
    style,
    copyCitation: useCallback((ids, choice) => copy(ids, choice, 'citation'), [copy]),
    copyBibliography: useCallback((ids, chosen) => copy(ids, chosen, 'bibliography'), [copy]),
  };
}
