// The library feature's public entry: the only file of it that the app and other features import.
export { ListPane } from './ListPane';
export { Sidebar } from './Sidebar';
