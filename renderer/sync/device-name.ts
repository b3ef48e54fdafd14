/** How this device is named to the others: its system and whether it is the desktop app or a browser. */
export function deviceName(userAgent: string, isDesktopApp: boolean): string {
  const system = /Windows/.test(userAgent)
    ? 'Windows'
    : /Mac OS X|Macintosh/.test(userAgent)
      ? 'Mac'
      : /Android/.test(userAgent)
        ? 'Android'
        : /iPhone|iPad/.test(userAgent)
          ? 'iOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : 'Unknown system';
  return `${system} · ${isDesktopApp ? 'desktop app' : 'browser'}`;
}
