/**
 * The preload (sandboxed, CommonJS once built): exposes `window.lectern`, which reaches only
 * the channels declared in shared/ipc.ts for the page. Arguments are checked here as well as in
 * main, so a bad call fails fast in the renderer with the guard's message; unknown and
 * preload-only channels are refused. Dropped files are granted to main from here.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type {
  DroppedFile,
  EventChannel,
  EventPayload,
  InvokeResult,
  PageInvokeChannel,
  LecternBridge,
} from '../shared/ipc';
import { grantDroppedFiles } from '../shared/ipc/grant-dropped';
import {
  IpcPayloadError,
  isEventChannel,
  isPageInvokeChannel,
  parseEventPayload,
  parseInvokeArgument,
} from '../shared/ipc';

const bridge: LecternBridge = {
  invoke<K extends PageInvokeChannel>(channel: K, ...args: unknown[]): Promise<InvokeResult<K>> {
    if (!isPageInvokeChannel(channel))
      return Promise.reject(new IpcPayloadError(`Unknown IPC channel “${String(channel)}”`));
    try {
      if (args.length > 1)
        throw new IpcPayloadError(
          `Invalid payload for “${channel}”: expected at most one argument, got ${args.length}`,
        );
      const argument = parseInvokeArgument(channel, args[0]);
      return ipcRenderer.invoke(channel, ...(argument === undefined ? [] : [argument])) as Promise<
        InvokeResult<K>
      >;
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  },

  on<K extends EventChannel>(channel: K, listener: (payload: EventPayload<K>) => void): () => void {
    if (!isEventChannel(channel)) throw new IpcPayloadError(`Unknown IPC channel “${String(channel)}”`);
    const forward = (_event: IpcRendererEvent, payload: unknown): void => {
      let checked;
      try {
        checked = parseEventPayload(channel, payload);
      } catch (error) {
        console.error(error);
        return;
      }
      listener(checked);
    };
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },

  grantDroppedFiles(files: readonly DroppedFile[]): Promise<string[]> {
    return grantDroppedFiles(files, pathOnDisk, async (paths) => {
      await ipcRenderer.invoke(
        'import:grant-dropped',
        parseInvokeArgument('import:grant-dropped', { paths }),
      );
    });
  },
};

/**
 * Only a File the user really dropped (or picked) has a path; one the page builds itself has
 * none, so the page cannot name files for main to read.
 */
function pathOnDisk(file: DroppedFile): string {
  try {
    return webUtils.getPathForFile(file as File);
  } catch {
    return '';
  }
}

contextBridge.exposeInMainWorld('lectern', bridge);
