import type { SourceSummary } from '../../db/schema/row-types';
import { STATUS_LABELS } from './filter';
import { useAllTags, useLists } from '../../db/organize/hooks';
import type { LibraryFilter } from '../../db/organize/types';

/** The list pane's heading: the most specific part of the filter (list, tag, source, status, star). */
export function useFilterTitle(filter: LibraryFilter, sources: readonly SourceSummary[]): string {
  const tags = useAllTags();
  const lists = useLists();
  if (filter.listId !== undefined) return lists?.find((list) => list.id === filter.listId)?.name ?? 'Reading list';
  if (filter.tagId !== undefined) return tags?.find((tag) => tag.id === filter.tagId)?.path ?? 'Tag';
  if (filter.captureHash !== undefined)
    return sources.find((source) => source.hash === filter.captureHash)?.fileName ?? 'Source';
  if (filter.status !== undefined) return STATUS_LABELS[filter.status];
  if (filter.starred) return 'Starred';
  return 'Library';
}
