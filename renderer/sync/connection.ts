import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { MAX_UPDATE_BYTES, parseDocumentName } from '../../shared/sync';
import { guardedWebSocket, type WebSocketClass } from './guarded-websocket';
import { devicesIn } from './seen-devices';
import {
  OFFLINE,
  syncStateOf,
  TOKEN_REFUSED_MESSAGE,
  type ConnectionSnapshot,
  type SeenDevice,
  type SocketStatus,
} from './sync-state';

export interface ConnectLibraryOptions {
  /** A ws:// or wss:// address checked by parseServerAddress. */
  serverUrl: string;
  token: string;
  /** The library's documents by name; the connection syncs them and never destroys them. */
  docs: ReadonlyMap<string, Y.Doc>;
  /** This device, announced to the others through the meta document's awareness. */
  device?: SeenDevice;
  /** The platform's WebSocket unless given (Node tests pass ws'). */
  WebSocketPolyfill?: WebSocketClass;
  maxMessageBytes?: number;
  now?: () => number;
}

export interface LibraryConnection {
  snapshot(): ConnectionSnapshot;
  /** Called on every change of the snapshot; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  disconnect(): void;
}

function isMetaDocument(name: string): boolean {
  const parsed = parseDocumentName(name);
  return parsed.ok && parsed.document.kind === 'meta';
}

/**
 * Syncs the given documents with a Hocuspocus server over one shared websocket, the library token sent as each
 * document's provider token. The snapshot says how it goes; a refused token or an oversized message from the
 * server stops the connection with a clear error instead of retrying forever.
 */
export function connectLibrary(options: ConnectLibraryOptions): LibraryConnection {
  const now = options.now ?? Date.now;
  const maxBytes = options.maxMessageBytes ?? MAX_UPDATE_BYTES;
  const listeners = new Set<() => void>();
  let snapshot: ConnectionSnapshot = { ...OFFLINE, state: { kind: 'connecting' } };
  let socketStatus: SocketStatus = 'connecting';
  let stopped = false;

  const publish = (next: ConnectionSnapshot): void => {
    snapshot = next;
    for (const listener of listeners) listener();
  };

  const stop = (error: string | null): void => {
    if (stopped) return;
    stopped = true;
    for (const provider of providers) provider.destroy();
    socket.destroy();
    publish({ ...snapshot, state: { kind: 'offline' }, error: error ?? snapshot.error, devices: [] });
  };

  const BaseWebSocket = options.WebSocketPolyfill ?? globalThis.WebSocket;
  const socket = new HocuspocusProviderWebsocket({
    url: options.serverUrl,
    WebSocketPolyfill: guardedWebSocket(BaseWebSocket, maxBytes, (bytes) =>
      // Deferred: the socket is closing inside its own event handler.
      queueMicrotask(() =>
        stop(`The server sent a ${bytes}-byte message, over the ${maxBytes}-byte limit; it was refused.`),
      ),
    ),
  });

  const providers: HocuspocusProvider[] = [];
  const recompute = (synced: boolean): void => {
    if (stopped) return;
    const state = syncStateOf(
      socketStatus,
      providers.map((provider) => ({ synced: provider.isSynced, unsyncedChanges: provider.unsyncedChanges })),
    );
    const lastSyncedAt = state.kind === 'connected' && synced ? now() : snapshot.lastSyncedAt;
    const devices = socketStatus === 'connected' ? snapshot.devices : [];
    publish({ ...snapshot, state, lastSyncedAt, devices });
  };

  socket.on('status', ({ status }: { status: SocketStatus }) => {
    socketStatus = status;
    recompute(false);
  });

  for (const [name, document] of options.docs) {
    const announces = isMetaDocument(name) && options.device !== undefined;
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document,
      token: options.token,
      // Devices are announced on the meta document only: 64 shards need no presence of their own.
      ...(announces ? {} : { awareness: null }),
      onSynced: () => recompute(true),
      onUnsyncedChanges: () => recompute(true),
      onAuthenticationFailed: () => queueMicrotask(() => stop(TOKEN_REFUSED_MESSAGE)),
      onAwarenessChange: ({ states }) => {
        if (stopped) return;
        publish({ ...snapshot, devices: devicesIn(states, options.device?.id) });
      },
    });
    if (announces && options.device !== undefined) provider.setAwarenessField('device', options.device);
    providers.push(provider);
    provider.attach();
  }

  return {
    snapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    disconnect: () => stop(null),
  };
}
