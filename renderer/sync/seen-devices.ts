import type { SeenDevice } from './sync-state';

function asDevice(value: unknown): SeenDevice | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, name } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof name !== 'string' || id === '' || id.length > 64) return null;
  return { id, name: name.slice(0, 80) };
}

/**
 * The other devices in a meta document's awareness states. States come from other devices, so each is checked
 * before it is shown; the same device twice (two windows) shows once.
 */
export function devicesIn(
  states: readonly Record<string, unknown>[],
  ownId: string | undefined,
): SeenDevice[] {
  const byId = new Map<string, SeenDevice>();
  for (const state of states) {
    const device = asDevice(state['device']);
    if (device !== null && device.id !== ownId) byId.set(device.id, device);
  }
  return [...byId.values()];
}
