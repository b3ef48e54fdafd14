import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createLibraryToken } from '../../../../shared/sync';
import {
  forgetSyncLibrary,
  getSyncSettings,
  recordSyncProgress,
  saveSyncConnection,
  setSyncEnabled,
} from '../../../../renderer/db/settings/sync-settings';
import { freshDatabase } from './fixtures';

describe('sync settings', () => {
  it('are absent until sync is set up', async () => {
    expect(await getSyncSettings(freshDatabase())).toBeNull();
  });

  it('keep the address, token and device id, and turn sync off and on', async () => {
    const database = freshDatabase();
    const token = createLibraryToken();
    const saved = await saveSyncConnection({ serverUrl: 'ws://127.0.0.1:4444', token }, database);
    expect(saved).toMatchObject({ serverUrl: 'ws://127.0.0.1:4444', token, enabled: true, devicesSeen: [] });
    expect(saved.deviceId).toMatch(/^[0-9a-f]{32}$/);
    await setSyncEnabled(false, database);
    expect(await getSyncSettings(database)).toMatchObject({
      enabled: false,
      token,
      deviceId: saved.deviceId,
    });
    const again = await saveSyncConnection({ serverUrl: 'wss://sync.example.org', token }, database);
    expect(again).toMatchObject({
      enabled: true,
      serverUrl: 'wss://sync.example.org',
      deviceId: saved.deviceId,
    });
  });

  it('refuse a malformed token and save nothing', async () => {
    const database = freshDatabase();
    await expect(
      saveSyncConnection({ serverUrl: 'ws://127.0.0.1:4444', token: 'abc' }, database),
    ).rejects.toThrow(/64 lowercase hexadecimal digits/);
    expect(await getSyncSettings(database)).toBeNull();
  });

  it('remember the devices seen, newest first, until the library is forgotten', async () => {
    const database = freshDatabase();
    await saveSyncConnection({ serverUrl: 'ws://127.0.0.1:4444', token: createLibraryToken() }, database);
    await recordSyncProgress(
      { devices: [{ id: 'd1', name: 'Laptop' }], lastSyncedAt: 10, at: 100 },
      database,
    );
    await recordSyncProgress(
      { devices: [{ id: 'd2', name: 'Desktop' }], lastSyncedAt: null, at: 200 },
      database,
    );
    const settings = await getSyncSettings(database);
    expect(settings?.devicesSeen).toEqual([
      { id: 'd2', name: 'Desktop', lastSeenAt: 200 },
      { id: 'd1', name: 'Laptop', lastSeenAt: 100 },
    ]);
    expect(settings?.lastSyncedAt).toBe(10);
    await forgetSyncLibrary(database);
    expect(await getSyncSettings(database)).toBeNull();
  });
});
