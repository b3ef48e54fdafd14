import { slugify } from '../../shared/text/slug';

/** Saves `content` as a file through a same-origin blob link; works in the browser and in Electron. */
export function downloadText(fileName: string, content: string, type: string): void {
  downloadBlob(fileName, new Blob([content], { type }));
}

/** Saves a Blob as a file, without copying it into a string first. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file-name-safe short form of a title. */
export function fileStem(title: string): string {
  return slugify(title, 60) || 'abstract';
}
