import { useState, type ReactNode } from 'react';
import { forgetSyncLibrary, setSyncEnabled, type SyncSettings } from '../../db/settings/sync-settings';
import { haltSync, haltSyncAndClearState } from '../../sync/sync-launcher';
import { useSyncSnapshot } from '../../sync/sync-status-store';
import { syncStatusText, timeText } from './status-text';

function DevicesSeen({
  settings,
  liveIds,
}: {
  settings: SyncSettings;
  liveIds: ReadonlySet<string>;
}): ReactNode {
  if (settings.devicesSeen.length === 0) return <p className="settings-hint">No other device seen yet.</p>;
  return (
    <ul className="sync-devices" aria-label="Devices seen">
      {settings.devicesSeen.map((device) => (
        <li key={device.id}>
          <span dir="auto">{device.name}</span>{' '}
          <span className="sync-device-when">
            {liveIds.has(device.id) ? 'connected now' : `last seen ${timeText(device.lastSeenAt)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The connection's state, the devices seen, Disconnect and Forget this library (asked once more). */
export function SyncStatusPanel({ settings }: { settings: SyncSettings | null }): ReactNode {
  const snapshot = useSyncSnapshot();
  const [confirmingForget, setConfirmingForget] = useState(false);
  const live = new Map(snapshot.devices.map((device) => [device.id, device]));
  const lastSyncedAt = snapshot.lastSyncedAt ?? settings?.lastSyncedAt ?? null;
  const shown = { ...snapshot, lastSyncedAt };

  return (
    <div className="sync-status-panel">
      <p role="status" aria-label="Sync status" className={`sync-status sync-status-${snapshot.state.kind}`}>
        {syncStatusText(shown)}
      </p>
      {snapshot.state.kind !== 'offline' && lastSyncedAt !== null && (
        <p className="settings-hint">Last synced {timeText(lastSyncedAt)}</p>
      )}
      {snapshot.error !== null && (
        <p role="alert" className="form-error">
          {snapshot.error}
        </p>
      )}
      {settings !== null && (
        <>
          <h4 className="settings-subheading">Devices seen</h4>
          <DevicesSeen
            settings={{ ...settings, devicesSeen: mergeLive(settings, [...live.values()]) }}
            liveIds={new Set(live.keys())}
          />
          <div className="settings-actions">
            <button
              type="button"
              className="button"
              disabled={!settings.enabled}
              onClick={() => {
                void haltSync();
                void setSyncEnabled(false);
              }}
            >
              Disconnect
            </button>
            {!confirmingForget && (
              <button type="button" className="button" onClick={() => setConfirmingForget(true)}>
                Forget this library
              </button>
            )}
          </div>
          {confirmingForget && (
            <div className="sync-confirm" role="group" aria-label="Forget this library?">
              <p>
                Forget the server address and token on this device? The library stays on the server and on
                your other devices; nothing in this library is deleted.
              </p>
              <div className="settings-actions">
                <button type="button" className="button" onClick={() => setConfirmingForget(false)}>
                  Keep it
                </button>
                <button
                  type="button"
                  className="button sync-forget"
                  onClick={() => {
                    setConfirmingForget(false);
                    void haltSyncAndClearState().then(() => forgetSyncLibrary());
                  }}
                >
                  Forget
                </button>
              </div>
            </div>
          )}
        </>
      )}
    </div>
  );
}

function mergeLive(
  settings: SyncSettings,
  live: readonly { id: string; name: string }[],
): SyncSettings['devicesSeen'] {
  const known = new Set(settings.devicesSeen.map((device) => device.id));
  const fresh = live
    .filter((device) => !known.has(device.id))
    .map((device) => ({ ...device, lastSeenAt: Date.now() }));
  return [...fresh, ...settings.devicesSeen];
}
