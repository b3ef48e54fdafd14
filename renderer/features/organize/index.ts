// The organize feature's public entry: the only file of it that the app and other features import.
export { BulkBar } from './BulkBar';
export { FilterChips } from './FilterChips';
export { RowMarks } from './RowMarks';
export { StatusControl } from './StatusControl';
export { StatusEntries } from './StatusEntries';
export { STATUS_LABELS, filterKey, isEmptyFilter, withCondition, withoutCondition } from './filter';
export { selectRange, selectionAfterPick } from './selection';
export type { PickModifiers } from './selection';
export { useFilterTitle } from './use-filter-title';
