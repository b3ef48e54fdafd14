import { useLiveQuery } from 'dexie-react-hooks';
import {
  queryAbstractTags,
  queryAllTags,
  queryListItems,
  queryLists,
  querySettings,
  queryStatusCounts,
  queryTagTree,
} from './queries';
import type { ListItemRow, ListSummary, Settings, StatusCounts, TagNode, TagRow } from './types';

// Each hook re-renders when the data it read changes; `undefined` means "still loading".

export function useTagTree(): TagNode[] | undefined {
  return useLiveQuery(() => queryTagTree(), []);
}

export function useAbstractTags(abstractId: number | null): TagRow[] | undefined {
  return useLiveQuery(() => (abstractId === null ? [] : queryAbstractTags(abstractId)), [abstractId]);
}

export function useAllTags(): TagRow[] | undefined {
  return useLiveQuery(() => queryAllTags(), []);
}

export function useLists(): ListSummary[] | undefined {
  return useLiveQuery(() => queryLists(), []);
}

export function useListItems(listId: number | null): ListItemRow[] | undefined {
  return useLiveQuery(() => (listId === null ? [] : queryListItems(listId)), [listId]);
}

export function useStatusCounts(): StatusCounts | undefined {
  return useLiveQuery(() => queryStatusCounts(), []);
}

export function useSettings(): Settings | undefined {
  return useLiveQuery(() => querySettings(), []);
}
