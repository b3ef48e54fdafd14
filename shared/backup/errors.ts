/** Why a backup cannot be read or restored, in words a user can act on; nothing was changed. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
}
