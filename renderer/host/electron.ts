/**
 * The host inside Electron: everything goes through the preload's `window.lectern` bridge.
 * Main reads and parses the files in a worker; the bridge client follows each job's progress
 * events and resolves with the files main returns. Snapshots live in main's snapshot folder,
 * which reads each one's manifest itself.
 */
import type { LecternBridge } from '../../shared/ipc';
import { createBridgeClient } from '../../shared/ipc/bridge-client';
import { ParseClient } from './parse-client';
import type { Host } from './types';

export function createElectronHost(bridge: LecternBridge): Host {
  const client = createBridgeClient(bridge);
  // Files from another device arrive as bytes, not paths: the renderer's parse worker reads them (the same parser).
  let parser: ParseClient | null = null;
  return {
    kind: 'electron',
    readBundledSeeds: (onProgress) => client.readBundledSeeds(onProgress),
    pickAndReadFiles: (onProgress) => client.pickAndReadFiles(onProgress),
    readDroppedFiles: (files, onProgress) => client.readDroppedFiles(files, onProgress),
    parseBytes: (files) => (parser ??= new ParseClient()).parse(files),
    openExternal: (url) => client.openExternal(url),
    onCommand: (listener) => client.onCommand(listener),
    snapshots: {
      list: () => client.snapshots.list(),
      save: (backup, _manifest, reason) => client.snapshots.save(backup, reason),
      read: (id) => client.snapshots.read(id),
    },
    onSnapshotRequest: (listener) => client.onSnapshotRequest(listener),
    saveBackupFile: (backup, suggestedName) => client.saveBackupFile(backup, suggestedName),
    saveExportFile: (output) =>
      output.kind === 'file'
        ? client.saveExportFile(output.name, output.text)
        : client.saveExportFolder(output.name, output.files),
    liveExports: client.liveExports,
  };
}
