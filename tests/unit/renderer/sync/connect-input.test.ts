import { describe, expect, it } from 'vitest';
import { createLibraryToken } from '../../../../shared/sync';
import { checkConnectInput } from '../../../../renderer/features/sync/connect-input';
import { syncStatusText } from '../../../../renderer/features/sync/status-text';
import { parseServerAddress } from '../../../../renderer/sync/server-address';
import { deviceName } from '../../../../renderer/sync/device-name';
import { OFFLINE } from '../../../../renderer/sync/sync-state';

describe('parseServerAddress', () => {
  it('accepts ws:// on this computer and wss:// anywhere, and derives the blob address', () => {
    expect(parseServerAddress(' ws://127.0.0.1:4444/ ')).toEqual({
      ok: true,
      address: { websocketUrl: 'ws://127.0.0.1:4444', httpUrl: 'http://127.0.0.1:4444' },
    });
    expect(parseServerAddress('wss://sync.example.org/lectern')).toEqual({
      ok: true,
      address: {
        websocketUrl: 'wss://sync.example.org/lectern',
        httpUrl: 'https://sync.example.org/lectern',
      },
    });
    expect(parseServerAddress('ws://localhost:4444').ok).toBe(true);
  });

  it.each([
    ['', /Enter the server address/],
    ['127.0.0.1:4444', /starts with ws:\/\/ or wss:\/\//],
    ['http://127.0.0.1:4444', /starts with ws:\/\/ or wss:\/\//],
    ['not an address', /is not an address/],
    ['ws://192.168.1.20:4444', /Use wss:\/\/ \(a TLS proxy\) for a server on another computer/],
    ['wss://user:secret@sync.example.org', /no user name, password/],
  ])('refuses %j with a clear message', (input, message) => {
    const parsed = parseServerAddress(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(message);
  });
});

describe('checkConnectInput', () => {
  it('accepts a pasted token with spaces and capitals', () => {
    const token = createLibraryToken();
    const pasted = `${token.slice(0, 32).toUpperCase()}\n ${token.slice(32)}`;
    expect(checkConnectInput('ws://127.0.0.1:4444', pasted)).toEqual({
      ok: true,
      serverUrl: 'ws://127.0.0.1:4444',
      token,
    });
  });

  it('refuses a wrong-shaped token, saying how long it is', () => {
    expect(checkConnectInput('ws://127.0.0.1:4444', 'abc123')).toEqual({
      ok: false,
      problem: expect.stringMatching(/64 characters 0–9 and a–f; this one has 6/) as string,
    });
    expect(checkConnectInput('ws://127.0.0.1:4444', '')).toMatchObject({ ok: false });
    expect(checkConnectInput('', createLibraryToken())).toMatchObject({ ok: false });
  });
});

describe('syncStatusText', () => {
  const at = (kind: 'connected' | 'connecting' | 'offline') => ({ ...OFFLINE, state: { kind } });
  it('names every state', () => {
    expect(syncStatusText(at('connected'))).toBe('Connected');
    expect(syncStatusText(at('connecting'))).toBe('Connecting…');
    expect(syncStatusText(at('offline'))).toBe('Offline');
    expect(syncStatusText({ ...OFFLINE, lastSyncedAt: 5 }, () => '10:42')).toBe('Offline. Last synced 10:42');
    expect(syncStatusText({ ...OFFLINE, state: { kind: 'syncing', unsyncedChanges: 3 } })).toBe(
      'Syncing 3 changes',
    );
    expect(syncStatusText({ ...OFFLINE, state: { kind: 'syncing', unsyncedChanges: 1 } })).toBe(
      'Syncing 1 change',
    );
    expect(syncStatusText({ ...OFFLINE, state: { kind: 'syncing', unsyncedChanges: 0 } })).toBe('Syncing…');
  });
});

describe('deviceName', () => {
  it('names the system and the kind of app', () => {
    expect(deviceName('Mozilla/5.0 (X11; Linux x86_64) Chrome/140', false)).toBe('Linux · browser');
    expect(deviceName('Mozilla/5.0 (Windows NT 10.0; Win64; x64) Electron/45', true)).toBe(
      'Windows · desktop app',
    );
  });
});
