// The notes feature's public entry: the only file of it that the app and other features import.
export { LazyNoteView } from './LazyNoteView';
export { NotesSection } from './NotesSection';
