import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createLibraryToken } from '../../../../shared/sync';
import { saveSyncConnection, setSyncEnabled } from '../../../../renderer/db/settings/sync-settings';
import type { WebSocketClass } from '../../../../renderer/sync/guarded-websocket';
import { haltSync, resumeSavedSync } from '../../../../renderer/sync/sync-launcher';
import { currentSyncSnapshot } from '../../../../renderer/sync/sync-status-store';
import { freshDatabase } from '../db/fixtures';

/** Records every socket the app tries to open, and never opens one. */
function socketSpy(): { WebSocketPolyfill: WebSocketClass; opened: string[] } {
  const opened: string[] = [];
  class SpyWebSocket extends EventTarget {
    readonly readyState = 0;
    binaryType = 'blob';
    constructor(url: string) {
      super();
      opened.push(url);
    }
    send(): void {}
    close(): void {}
  }
  return { WebSocketPolyfill: SpyWebSocket as unknown as WebSocketClass, opened };
}

afterEach(() => haltSync());

describe('sync at launch', () => {
  it('opens no socket when sync was never set up', async () => {
    const spy = socketSpy();
    expect(
      await resumeSavedSync({ database: freshDatabase(), WebSocketPolyfill: spy.WebSocketPolyfill }),
    ).toBe(false);
    expect(spy.opened).toEqual([]);
    expect(currentSyncSnapshot().state.kind).toBe('offline');
  });

  it('opens no socket after Disconnect, though the address and token are kept', async () => {
    const database = freshDatabase();
    await saveSyncConnection({ serverUrl: 'ws://127.0.0.1:4444', token: createLibraryToken() }, database);
    await setSyncEnabled(false, database);
    const spy = socketSpy();
    expect(await resumeSavedSync({ database, WebSocketPolyfill: spy.WebSocketPolyfill })).toBe(false);
    expect(spy.opened).toEqual([]);
  });

  it('opens one socket to the saved server when sync is on', async () => {
    const database = freshDatabase();
    await saveSyncConnection({ serverUrl: 'ws://127.0.0.1:4444', token: createLibraryToken() }, database);
    const spy = socketSpy();
    expect(await resumeSavedSync({ database, WebSocketPolyfill: spy.WebSocketPolyfill })).toBe(true);
    expect(spy.opened).toEqual(['ws://127.0.0.1:4444']);
    expect(currentSyncSnapshot().state.kind).toBe('connecting');
  });
});
