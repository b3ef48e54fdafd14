import { isExternalHttpUrl } from '../../shared/ipc';
import { IMPORT_ACCEPT } from '../../shared/import/accepted-files';
import type { ImportedFile } from '../../shared/import/types';
import { ParseClient } from './parse-client';
import type { RawFile } from './parse-messages';
import { fileSlot, parseSlots } from './read-files';
import { BUNDLED_SEEDS } from './seeds';
import { browserSnapshots } from '../db/snapshots/browser-snapshots';
import { downloadBlob, downloadText } from '../ui/download';
import type { Host, HostCommand, ProgressListener, ReadFile } from './types';


async function fetchSeed(fileName: string, url: string): Promise<RawFile> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`The bundled capture ${fileName} could not be loaded (HTTP ${response.status}).`);
  return { name: fileName, bytes: await response.arrayBuffer() };
}

/** A chosen file's bytes read again, or null if it can no longer be read (moved, or changed on disk). */
async function bytesOf(file: File): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    return null;
  }
}

/** Shows the browser's file chooser; resolves to the chosen files, or [] when it is cancelled. */
function chooseFiles(): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = IMPORT_ACCEPT;
    input.hidden = true;
    const finish = (files: File[]): void => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])), { once: true });
    input.addEventListener('cancel', () => finish([]), { once: true });
    document.body.append(input);
    input.click();
  });
}

/** Ctrl+O (Cmd+O on macOS) stands in for the desktop app's Import… menu item. */
function commandOf(event: KeyboardEvent): HostCommand | null {
  const modifier = event.ctrlKey || event.metaKey;
  if (modifier && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'o') return 'import';
  return null;
}

/** The host for a plain browser: seeds bundled by Vite, the file chooser, and a parse worker. */
export function createBrowserHost(): Host {
  const parser = new ParseClient();
  const readAndParse = async (files: readonly File[], onProgress?: ProgressListener): Promise<ReadFile[]> => {
    const slots = files.map((file) => fileSlot(file));
    // The parse worker reads the files. Sync shares a user's files byte for byte, and reads them again from the
    // chosen file when it does: a copy kept here would hold the page for a tenth of a second per 50 MB.
    const parsed = await parseSlots(slots, (raw) => parser.parse(raw, onProgress));
    return parsed.map((file, index) => {
      const chosen = files[index];
      return chosen === undefined ? file : { ...file, readBytes: () => bytesOf(chosen) };
    });
  };

  return {
    kind: 'browser',
    async readBundledSeeds(onProgress?: ProgressListener): Promise<ImportedFile[]> {
      const raw = await Promise.all(BUNDLED_SEEDS.map(({ fileName, url }) => fetchSeed(fileName, url)));
      return parser.parse(raw, onProgress);
    },
    async pickAndReadFiles(onProgress?: ProgressListener): Promise<ReadFile[]> {
      return readAndParse(await chooseFiles(), onProgress);
    },
    readDroppedFiles: readAndParse,
    parseBytes: (files) => parser.parse(files),
    openExternal(url: string): void {
      if (isExternalHttpUrl(url)) window.open(url, '_blank', 'noopener,noreferrer');
    },
    onCommand(listener: (command: HostCommand) => void): () => void {
      const onKeyDown = (event: KeyboardEvent): void => {
        const command = commandOf(event);
        if (command === null) return;
        event.preventDefault();
        listener(command);
      };
      window.addEventListener('keydown', onKeyDown);
      return () => window.removeEventListener('keydown', onKeyDown);
    },
    snapshots: browserSnapshots,
    // A browser tab gets no warning before it closes, so it takes no automatic snapshots; Settings reminds instead.
    onSnapshotRequest: () => () => undefined,
    saveBackupFile(backup: Blob, suggestedName: string): Promise<boolean> {
      // A download has no cancel the page can see: once handed to the browser, it counts as saved.
      downloadBlob(suggestedName, backup);
      return Promise.resolve(true);
    },
    saveExportFile(output): Promise<boolean> {
      if (output.kind === 'file') downloadText(output.name, output.text, output.mime);
      else downloadBlob(`${output.name}.zip`, new Blob([output.zip() as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
      return Promise.resolve(true);
    },
    liveExports: null,
  };
}
