import { useCallback, useEffect } from 'react';
import { setThemeChoice, useThemeChoice, type ThemeChoice } from '../../db/settings/theme';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme actually shown: a forced choice, or the system's appearance. */
export function effectiveTheme(choice: ThemeChoice, systemDark: boolean): 'light' | 'dark' {
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}

/**
 * Applies the stored theme as `data-theme` on `<html>` (app.css sets `color-scheme` from it; no
 * attribute means "follow the system"), and returns the way to change it.
 */
export function useTheme(): { choice: ThemeChoice; setChoice: (choice: ThemeChoice) => void; toggle: () => void } {
  const choice = useThemeChoice() ?? 'system';
  useEffect(() => {
    const root = document.documentElement;
    if (choice === 'system') delete root.dataset.theme;
    else root.dataset.theme = choice;
  }, [choice]);
  const setChoice = useCallback((next: ThemeChoice) => void setThemeChoice(next), []);
  const toggle = useCallback(() => {
    const shown = effectiveTheme(choice, window.matchMedia(DARK_QUERY).matches);
    setChoice(shown === 'dark' ? 'light' : 'dark');
  }, [choice, setChoice]);
  return { choice, setChoice, toggle };
}
