/**
 * Larger files are refused by every host: no capture of a web page comes near it, and it bounds the
 * memory one import can take.
 */
export const MAX_CAPTURE_BYTES = 64 * 1024 * 1024;

/** 512 bytes, 4.9 KB, 64 MB, 80.5 MB: whole numbers without a decimal. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const inKilobytes = bytes < 1024 * 1024;
  const value = inKilobytes ? bytes / 1024 : bytes / (1024 * 1024);
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${inKilobytes ? 'KB' : 'MB'}`;
}

/** Why a file over the limit was refused: “it is 80.5 MB, over the 64 MB limit for a capture.” */
export function tooLargeReason(size: number, maxBytes = MAX_CAPTURE_BYTES): string {
  return `it is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit for a capture.`;
}
