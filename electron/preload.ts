/**
 * The preload (sandboxed, CommonJS once built): exposes `window.lectern`, which reaches only
 * the channels declared in shared/ipc.ts. Arguments are checked here as well as in main, so
 * a bad call fails fast in the renderer with the guard's message; unknown channels are refused.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type {
  DroppedFile,
  EventChannel,
  EventPayload,
  InvokeChannel,
  InvokeResult,
  LecternBridge,
} from '../shared/ipc';
import {
  IpcPayloadError,
  isEventChannel,
  isInvokeChannel,
  parseEventPayload,
  parseInvokeArgument,
} from '../shared/ipc';

const bridge: LecternBridge = {
  invoke<K extends InvokeChannel>(channel: K, ...args: unknown[]): Promise<InvokeResult<K>> {
    if (!isInvokeChannel(channel))
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

  pathForFile(file: DroppedFile): string {
    return webUtils.getPathForFile(file as File);
  },
};

contextBridge.exposeInMainWorld('lectern', bridge);
