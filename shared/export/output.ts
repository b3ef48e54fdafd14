import type { FolderFile } from '../ipc/export-payloads';

export type { FolderFile };

/**
 * What an export produces for the host to save: one text file, or a folder (an Obsidian vault)
 * that the desktop app writes as a folder and a browser downloads zipped.
 */
export type ExportOutput =
  | { kind: 'file'; name: string; mime: string; text: string }
  | { kind: 'folder'; name: string; files: readonly FolderFile[]; zip: () => Uint8Array };
