/** Lectern's version, as package.json gives it (a test keeps the two equal); backups record it. */
export const APP_VERSION = '0.1.0';
