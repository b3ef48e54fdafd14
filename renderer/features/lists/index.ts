// The lists feature's public entry: the only file of it that the app and other features import.
export { ReadingListView } from './ReadingListView';
export { ReadingLists } from './ReadingLists';
export { ABSTRACTS_MIME, encodeIds } from './drag-data';
