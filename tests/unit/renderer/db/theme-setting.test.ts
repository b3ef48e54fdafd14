import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getThemeChoice, setThemeChoice } from '../../../../renderer/db/settings/theme';
import { effectiveTheme } from '../../../../renderer/features/theme/use-theme';
import { freshDatabase } from './fixtures';

describe('theme setting', () => {
  it('follows the system until a theme is chosen, and keeps the choice', async () => {
    const database = freshDatabase();
    expect(await getThemeChoice(database)).toBe('system');
    await setThemeChoice('dark', database);
    expect(await getThemeChoice(database)).toBe('dark');
    await setThemeChoice('system', database);
    expect(await getThemeChoice(database)).toBe('system');
  });

  it('reads an unknown stored value as "system"', async () => {
    const database = freshDatabase();
    await database.meta.put({ key: 'setting:theme', value: 'sepia' });
    expect(await getThemeChoice(database)).toBe('system');
  });

  it('resolves "system" with the system appearance and keeps a forced choice', () => {
    expect(effectiveTheme('system', true)).toBe('dark');
    expect(effectiveTheme('system', false)).toBe('light');
    expect(effectiveTheme('light', true)).toBe('light');
    expect(effectiveTheme('dark', false)).toBe('dark');
  });
});
