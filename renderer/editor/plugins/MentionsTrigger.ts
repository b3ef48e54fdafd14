import type { MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';

const MAX_QUERY = 75;

/**
 * `[[` or `@`, at the start of a line or after a space or an opening bracket, then what was typed
 * since (titles have spaces, so the query may too). `a@b` (an e-mail) does not open the menu.
 */
const TRIGGER = new RegExp(`(?:^|[\\s(])(\\[\\[|@)([^\\[\\]@\\n]{0,${MAX_QUERY}})$`);

/** The typeahead match for the text before the caret, or null when no mention is being typed. */
export function matchMentionTrigger(textBeforeCaret: string): MenuTextMatch | null {
  const match = TRIGGER.exec(textBeforeCaret);
  const trigger = match?.[1];
  const query = match?.[2];
  if (trigger === undefined || query === undefined) return null;
  if (trigger === '@' && /^\s/.test(query)) return null;
  const replaceableString = trigger + query;
  return {
    leadOffset: textBeforeCaret.length - replaceableString.length,
    matchingString: query,
    replaceableString,
  };
}
