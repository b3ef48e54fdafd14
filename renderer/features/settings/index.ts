// The settings feature's public entry: the only file of it that the app and other features import.
export { SettingsButton } from './SettingsDialog';
export { useTheme } from './use-theme';
