// The duplicates feature's public entry: the only file of it that the app and other features import.
export { DuplicatesEntry } from './DuplicatesEntry';
export { DuplicatesView } from './DuplicatesView';
export { useDuplicateCommands } from './use-duplicate-commands';
