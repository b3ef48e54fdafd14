// The palette feature's public entry: the only file of it that the app and other features import.
export { CommandPalette } from './CommandPalette';
export { useAppCommands } from './app-commands';
