import { useLiveQuery } from 'dexie-react-hooks';
import type { LinkTypeRow } from './rows';
import { queryAbstractLinks, type AbstractLinks } from './queries';
import { queryHideImportLinks } from './settings';
import { queryLinkTypes } from './user-types';

// `undefined` means "still loading", as with the other hooks.

/** An abstract's outgoing links (the Links region) and incoming ones (Backlinks); live. */
export function useAbstractLinks(id: number | null): AbstractLinks | undefined {
  return useLiveQuery(() => (id === null ? undefined : queryAbstractLinks(id)), [id]);
}

/** The user-defined link types. */
export function useLinkTypes(): LinkTypeRow[] | undefined {
  return useLiveQuery(() => queryLinkTypes(), []);
}

export function useHideImportLinks(): boolean | undefined {
  return useLiveQuery(() => queryHideImportLinks(), []);
}
