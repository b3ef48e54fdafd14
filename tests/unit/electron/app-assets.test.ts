import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppAsset } from '../../../electron/app-assets';

const root = join('/opt', 'lectern', 'renderer');

describe('resolveAppAsset (app:// → built renderer file)', () => {
  it('serves index.html for the root and files below the renderer folder', () => {
    expect(resolveAppAsset('app://lectern/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppAsset('app://lectern/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppAsset('app://lectern/assets/index-3f2a.js?v=1#x', root)).toBe(
      join(root, 'assets', 'index-3f2a.js'),
    );
    expect(resolveAppAsset('app://lectern/assets/KaTeX%20Main.woff2', root)).toBe(
      join(root, 'assets', 'KaTeX Main.woff2'),
    );
  });

  it('never leaves the renderer folder', () => {
    for (const url of [
      'app://lectern/../main/index.js',
      'app://lectern/%2e%2e/%2e%2e/etc/passwd',
      'app://lectern/assets/%2e%2e%2f%2e%2e%2fsecret',
      'app://lectern/..%5c..%5csecret',
      'app://lectern/a%00.js',
      'app://lectern/%E0%A4%A',
    ]) {
      const file = resolveAppAsset(url, root);
      if (file !== null)
        expect(file.startsWith(root + '/') || file.startsWith(root + '\\'), `${url} → ${file}`).toBe(true);
      else expect(file).toBeNull();
    }
    // URL parsing already folds dot segments at the root, so these stay inside.
    expect(resolveAppAsset('app://lectern/%2e%2e/%2e%2e/etc/passwd', root)).toBe(join(root, 'etc', 'passwd'));
    expect(resolveAppAsset('app://lectern/..%5c..%5csecret', root)).toBeNull();
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppAsset('app://other/index.html', root)).toBeNull();
    expect(resolveAppAsset('file:///opt/lectern/renderer/index.html', root)).toBeNull();
    expect(resolveAppAsset('not a url', root)).toBeNull();
  });
});
