// The import feature's public entry: the only file of it that the app and other features import.
export { DropOverlay } from './DropOverlay';
export { ImportActivityPanel } from './ImportActivityPanel';
export { ImportButton } from './ImportButton';
export { ImportProvider } from './ImportProvider';
export { useImport, useImportActivity } from './import-context';
