import { normalizeCaptureText } from '../capture/decode';
import type { DecodeResult } from '../capture/decode';
import { scanUtf8 } from '../capture/utf8-scan';
import { decodeWindows1252 } from './windows-1252';

export const WESTERN_WARNING = 'Read as Windows-1252 (Western European): the file is not valid UTF-8.';

type Decoded = Extract<DecodeResult, { ok: true }>;

/**
 * Reference files that are not UTF-8 are old Western files (a `.bib` from the 2000s), not Arabic pages:
 * when the capture decoder fell back to Windows-1256, or kept UTF-8 although the bytes have more invalid
 * sequences than well-formed multi-byte characters (a `ö` is an Arabic letter in Windows-1256, so a German
 * name can keep that fallback from winning), the bytes are read as Windows-1252 instead.
 */
export function asWesternIfNotUtf8(bytes: Uint8Array, decoded: Decoded): Decoded {
  if (decoded.encoding === 'windows-1256' || (decoded.encoding === 'utf-8' && mostlyInvalidUtf8(bytes))) {
    const text = normalizeCaptureText(decodeWindows1252(bytes));
    return { ok: true, encoding: 'windows-1252', text, warnings: [WESTERN_WARNING] };
  }
  return decoded;
}

function mostlyInvalidUtf8(bytes: Uint8Array): boolean {
  const scan = scanUtf8(bytes);
  return scan.invalidBytes > 0 && scan.invalidBytes > scan.multiByteChars;
}
