// The maintenance feature's public entry: the only file of it that the app and other features import.
export { CheckLibrary, LibrarySettings } from './CheckLibrary';
export { openCheckLibrary } from './check-library-store';
