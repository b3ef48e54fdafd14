// The undo feature's public entry: the only file of it that the app and other features import.
export { UndoProvider } from './UndoProvider';
export { useUndo } from './undo-context';
export { useUndoable } from './use-undoable';
