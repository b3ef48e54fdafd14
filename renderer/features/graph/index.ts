// The graph feature's public entry: the only file of it that the app and other features import.
export { GraphEntry } from './GraphEntry';
export { LazyGraphView } from './LazyGraphView';
