import { useLiveQuery } from 'dexie-react-hooks';
import { displayTitle } from '../../../shared/text/display-title';
import { getAbstract } from '../abstracts/records';
import { searchMentionTargets, type MentionTarget } from './mention-search';

/**
 * The mentioned abstract's display title as it is now (so a mention follows a rename); null when
 * the abstract is no longer in the library, undefined while loading.
 */
export function useMentionTitle(abstractId: number): string | null | undefined {
  return useLiveQuery(async () => {
    const row = await getAbstract(abstractId);
    return row === undefined ? null : displayTitle({ title: row.title, text: row.display.text });
  }, [abstractId]);
}

/** The typeahead's choices for what was typed after `[[` or `@`; null while no menu is open. */
export function useMentionChoices(query: string | null): MentionTarget[] {
  return useLiveQuery(() => (query === null ? [] : searchMentionTargets(query)), [query]) ?? [];
}
