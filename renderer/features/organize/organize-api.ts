// The organize data layer (renderer/db), gathered in one place for the organize, tags and lists UI.
export type { ListItemRow, ListSummary, LibraryFilter, Status, StatusCounts, TagNode, TagRow } from '../../db/organize/types';
export type { Reversible } from '../../db/undo/reversible';
export { addTag, removeTag, bulkAddTag, bulkRemoveTag, setTagColor } from '../../db/tags/tags';
export { renameTag, moveTag, mergeTag, deleteTag } from '../../db/tags/edits';
export { bulkSetStatus, setStatus, toggleStar, markOpened } from '../../db/organize/reading-status';
export { setSetting } from '../../db/settings/settings';
export {
  createList,
  renameList,
  deleteList,
  addToList,
  bulkAddToList,
  removeFromList,
  moveListItem,
  setListItemNote,
} from '../../db/lists/lists';
export { exportListMarkdown } from '../../db/lists/export';
export {
  useAbstractTags,
  useAllTags,
  useListItems,
  useLists,
  useSettings,
  useStatusCounts,
  useTagTree,
} from '../../db/organize/hooks';
