/**
 * Meta rows that belong to this device, not to the library: the sync settings with their library token (a bearer
 * secret), the sync bridge's device id and its waiting entities. A backup leaves them out, so a backup file never
 * carries the token and a restore on another computer never makes two devices share one id.
 */
const DEVICE_LOCAL_PREFIXES = ['device:', 'sync.'] as const;

export function isDeviceLocalMeta(row: unknown): boolean {
  if (typeof row !== 'object' || row === null || !('key' in row)) return false;
  const { key } = row;
  return typeof key === 'string' && DEVICE_LOCAL_PREFIXES.some((prefix) => key.startsWith(prefix));
}
