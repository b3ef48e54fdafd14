import type { ReactNode } from 'react';
import type { ThemeChoice } from '../../db/settings/theme';
import { useTheme } from './use-theme';

const CHOICES: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'Same as the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The Settings dialog's theme picker (the palette's Toggle theme changes the same setting). */
export function ThemeSelect(): ReactNode {
  const { choice, setChoice } = useTheme();
  return (
    <label className="field">
      <span className="field-label">Theme</span>
      <select
        value={choice}
        onChange={(event) => {
          const picked = CHOICES.find((option) => option.value === event.target.value);
          if (picked) setChoice(picked.value);
        }}
      >
        {CHOICES.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
