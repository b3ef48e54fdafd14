import { useMemo } from 'react';
import { useCommands } from '../../ui/command-registry';

/** "Show possible duplicates" in the command palette. */
export function useDuplicateCommands(showDuplicates: () => void): void {
  useCommands(useMemo(() => [{ id: 'duplicates.show', title: 'Show possible duplicates', keywords: 'merge same paper twice dedupe', run: showDuplicates }], [showDuplicates]));
}
