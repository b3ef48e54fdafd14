// The sync feature's public entry: the only file of it that the app and other features import.
export { SyncSection } from './SyncSection';
export { useSavedSync } from './use-saved-sync';
