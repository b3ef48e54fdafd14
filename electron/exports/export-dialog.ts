/** The system Save dialog for an export, filtered to the suggested file's extension. */
import { BrowserWindow, dialog } from 'electron';
import type { IpcMainInvokeEvent, SaveDialogOptions } from 'electron';
import { extname } from 'node:path';

function optionsFor(suggestedName: string, kind: 'file' | 'folder'): SaveDialogOptions {
  const extension = extname(suggestedName).slice(1);
  return {
    title: kind === 'folder' ? 'Export Obsidian vault' : 'Export',
    buttonLabel: 'Export',
    defaultPath: suggestedName,
    // A vault is a new folder: the name typed is the folder to create, so no extension filter.
    filters: kind === 'file' && extension !== '' ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export async function chooseExportPath(event: IpcMainInvokeEvent, suggestedName: string, kind: 'file' | 'folder'): Promise<string | null> {
  const owner = BrowserWindow.fromWebContents(event.sender);
  const options = optionsFor(suggestedName, kind);
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}
