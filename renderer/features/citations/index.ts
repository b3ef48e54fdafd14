// The citations feature's public entry: the only file of it that the app and other features import.
export { CitationActions } from './CitationActions';
