/** Reads only the manifest of a .lectern file held in memory, to tell a Lectern backup from anything else. */
import { unzipSync } from 'fflate';
import { BackupError } from './errors';
import { MANIFEST_MEMBER, type BackupManifest } from './format';
import { parseManifest } from './header';

/** A manifest is a few kilobytes; a member claiming more is not ours. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

/** The backup's manifest, checked for shape; throws a BackupError saying why the bytes are not a Lectern backup. */
export function readBackupManifest(bytes: Uint8Array): BackupManifest {
  let members: Record<string, Uint8Array>;
  try {
    members = unzipSync(bytes, {
      filter: (file) => file.name === MANIFEST_MEMBER && file.originalSize <= MAX_MANIFEST_BYTES,
    });
  } catch {
    throw new BackupError('It is not a Lectern backup: the file is not a complete zip archive.');
  }
  const manifest = members[MANIFEST_MEMBER];
  if (!manifest) throw new BackupError(`It is not a Lectern backup: the file holds no ${MANIFEST_MEMBER}.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(manifest);
  } catch {
    throw new BackupError(`It is not a Lectern backup: ${MANIFEST_MEMBER} is not text.`);
  }
  return parseManifest(text, MANIFEST_MEMBER);
}
