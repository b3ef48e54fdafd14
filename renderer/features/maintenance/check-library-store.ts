import { useSyncExternalStore } from 'react';

// Whether the Check library dialog is open: the palette command and the Settings button both open it,
// and the one mounted dialog follows.
let open = false;
const listeners = new Set<() => void>();

function setOpen(next: boolean): void {
  open = next;
  for (const listener of listeners) listener();
}

export function openCheckLibrary(): void {
  setOpen(true);
}

export function closeCheckLibrary(): void {
  setOpen(false);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCheckLibraryOpen(): boolean {
  return useSyncExternalStore(subscribe, () => open);
}
