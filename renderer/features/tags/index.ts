// The tags feature's public entry: the only file of it that the app and other features import.
export { ReaderTags } from './ReaderTags';
export { TagTree } from './TagTree';
export { normalizeTagPath } from './tag-match';
