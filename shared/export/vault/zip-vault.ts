import { Zip, ZipPassThrough } from 'fflate';
import type { VaultFile } from './types';

const encoder = new TextEncoder();

/**
 * The vault as a zip with every file under `rootFolder/`, so unzipping gives one folder to open as
 * a vault. Files are stored, not deflated: a vault is thousands of files of a kilobyte or two, and
 * deflating each one apart cost Chromium about half a millisecond a file (5 s at 10k, more than the
 * rest of the export); storing them costs a CRC. The zip is about three times larger, and only the
 * browser makes one (the desktop app writes a folder).
 */
export function zipVault(files: Iterable<VaultFile>, rootFolder: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  const failures: Error[] = [];
  const zip = new Zip((error, chunk) => {
    if (error !== null) failures.push(error);
    else chunks.push(chunk);
  });
  const root = rootFolder.replace(/\/+$/u, '');
  for (const file of files) {
    const member = new ZipPassThrough(`${root}/${file.path}`);
    zip.add(member);
    member.push(encoder.encode(file.text), true);
  }
  zip.end();
  const [failure] = failures;
  if (failure !== undefined) throw failure;
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
