import { strFromU8, unzipSync } from 'fflate';
import { BackupError } from './errors';
import { MANIFEST_MEMBER, type BackupManifest } from './format';
import { parseManifest } from './header';

/**
 * A whole backup file's manifest, read through the zip's central directory without decompressing
 * any other member; its checksums are NOT verified here (readBackup does that).
 */
export function manifestOfZip(bytes: Uint8Array): BackupManifest {
  let members: Record<string, Uint8Array>;
  try {
    members = unzipSync(bytes, { filter: (file) => file.name === MANIFEST_MEMBER });
  } catch (error) {
    throw new BackupError(`The file is not a readable zip archive (${error instanceof Error ? error.message : String(error)}).`);
  }
  const manifest = members[MANIFEST_MEMBER];
  if (!manifest) throw new BackupError(`The file has no ${MANIFEST_MEMBER}: it is not a Lectern backup.`);
  let text: string;
  try {
    text = strFromU8(manifest);
  } catch {
    throw new BackupError(`${MANIFEST_MEMBER} is not valid UTF-8 text: the file is damaged.`);
  }
  return parseManifest(text, MANIFEST_MEMBER);
}
