import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate, IMPORT_ACCELERATOR } from '../../../electron/menu-template';

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label?.replace('&', '') === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

const roles = (items: MenuItemConstructorOptions[]) =>
  items.flatMap((item) => (item.role ? [item.role] : []));

describe('appMenuTemplate', () => {
  it('offers File › Import… on Ctrl/Cmd+O, which asks the app to import', () => {
    const onCommand = vi.fn();
    const importItem = submenu(
      appMenuTemplate({ platform: 'linux', appName: 'Lectern', devTools: false, onCommand }),
      'File',
    ).find((item) => item.id === 'import');
    expect(importItem).toMatchObject({ label: 'Import…', accelerator: IMPORT_ACCELERATOR });
    expect(IMPORT_ACCELERATOR).toBe('CmdOrCtrl+O');
    (importItem?.click as () => void)();
    expect(onCommand).toHaveBeenCalledExactlyOnceWith('import');
  });

  it('offers Back up library… and Restore from backup… after Import…, each asking the app to run it', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const onCommand = vi.fn();
      const items = submenu(
        appMenuTemplate({ platform, appName: 'Lectern', devTools: false, onCommand }),
        'File',
      );
      const labelled = items.filter((item) => item.label !== undefined);
      expect(labelled.map((item) => item.label)).toEqual([
        'Import…',
        'Back up library…',
        'Restore from backup…',
      ]);
      for (const item of labelled) (item.click as () => void)();
      expect(onCommand.mock.calls).toEqual([['import'], ['backup'], ['restore']]);
    }
  });

  it('has the usual Edit items, View › Reload and zoom, and a Window menu', () => {
    const template = appMenuTemplate({
      platform: 'win32',
      appName: 'Lectern',
      devTools: false,
      onCommand: () => undefined,
    });
    expect(template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Window']);
    expect(roles(submenu(template, 'Edit'))).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
    expect(roles(submenu(template, 'View'))).toEqual(
      expect.arrayContaining(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    );
    expect(roles(submenu(template, 'File'))).toContain('quit');
  });

  it('offers developer tools only in development', () => {
    const build = (devTools: boolean) =>
      roles(
        submenu(
          appMenuTemplate({ platform: 'linux', appName: 'Lectern', devTools, onCommand: () => undefined }),
          'View',
        ),
      );
    expect(build(false)).not.toContain('toggleDevTools');
    expect(build(true)).toContain('toggleDevTools');
  });

  it('follows macOS conventions: an app menu first, Close rather than Quit under File', () => {
    const template = appMenuTemplate({
      platform: 'darwin',
      appName: 'Lectern',
      devTools: false,
      onCommand: () => undefined,
    });
    expect(template[0]?.label).toBe('Lectern');
    expect(roles(submenu(template, 'Lectern'))).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
    expect(roles(submenu(template, 'File'))).toEqual(['close']);
  });
});
