export { ExportButton } from './ExportButton';
export { LiveExports } from './LiveExports';
export { LiveExportsSection } from './LiveExportsSection';
export { ExportDialog } from './ExportDialog';
