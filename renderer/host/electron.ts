/**
 * The host inside Electron: everything goes through the preload's `window.lectern` bridge.
 * Main reads and parses the files in a worker; the bridge client follows each job's progress
 * events and resolves with the files main returns.
 */
import type { LecternBridge } from '../../shared/ipc';
import { createBridgeClient } from '../../shared/ipc/bridge-client';
import type { Host } from './types';
import { browserSnapshots } from '../db/snapshots/browser-snapshots';

export function createElectronHost(bridge: LecternBridge): Host {
  const client = createBridgeClient(bridge);
  return {
    kind: 'electron',
    readBundledSeeds: (onProgress) => client.readBundledSeeds(onProgress),
    pickAndReadFiles: (onProgress) => client.pickAndReadFiles(onProgress),
    readDroppedFiles: (files, onProgress) => client.readDroppedFiles(files, onProgress),
    openExternal: (url) => client.openExternal(url),
    onCommand: (listener) => client.onCommand(listener),
    snapshots: browserSnapshots,
    onSnapshotRequest: () => () => undefined,
  };
}
