// The screening feature's public entry: the only file of it that the app and other features import.
export { ScreeningView } from './ScreeningView';
export type { ScreeningViewProps } from './ScreeningView';
