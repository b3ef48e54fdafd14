import { useEffect } from 'react';

const CHANNEL = 'lectern-library';

/** Tells the app's other tabs that the library was replaced, so they reload onto it. */
export function announceLibrarySwitch(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('switched');
  channel.close();
}

/** Reloads this tab when another one replaced the library: it would otherwise go on showing the old one. */
export function useReloadOnLibrarySwitch(): void {
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(CHANNEL);
    channel.addEventListener('message', () => window.location.reload());
    return () => channel.close();
  }, []);
}
