import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const schema: unknown = JSON.parse(
  readFileSync(resolve(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
);

function readConfig(): Record<string, unknown> {
  const config: unknown = load(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8'));
  if (typeof config !== 'object' || config === null) throw new Error('electron-builder.yml is not a mapping');
  return config as Record<string, unknown>;
}

function compileSchema() {
  // electron-builder's schema uses union types and a custom `typeof` keyword; declare both, stay strict otherwise.
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  ajv.addKeyword({ keyword: 'typeof' });
  return ajv.compile(schema as object);
}

describe('electron-builder.yml', () => {
  const validate = compileSchema();

  it("is valid against electron-builder's own schema", () => {
    const valid = validate(readConfig());
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would catch a misspelled option (the schema check is real)', () => {
    expect(validate({ ...readConfig(), extraResource: [{ from: 'seeds', to: 'seeds' }] })).toBe(false);
    expect(validate.errors?.[0]?.params).toEqual({ additionalProperty: 'extraResource' });
  });

  it('ships the seed captures as extra resources at resources/seeds', () => {
    const extra = readConfig()['extraResources'];
    expect(Array.isArray(extra)).toBe(true);
    const seeds = (extra as unknown[]).find(
      (entry) =>
        typeof entry === 'object' && entry !== null && (entry as Record<string, unknown>)['from'] === 'seeds',
    );
    expect(seeds).toMatchObject({ from: 'seeds', to: 'seeds', filter: ['*.txt'] });
    const shipped = readdirSync(resolve(root, 'seeds')).filter((name) => name.endsWith('.txt'));
    expect(shipped.length).toBeGreaterThan(0);
  });

  it('names the app and packages the built output for Linux, macOS and Windows', () => {
    const config = readConfig();
    expect(config).toMatchObject({
      productName: 'Lectern',
      directories: { output: 'release' },
      linux: { target: ['AppImage', 'deb'] },
      mac: { target: ['dmg'] },
      win: { target: ['nsis'] },
    });
    expect(config['files']).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']);
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toMatch(/^out\//);
  });

  it('flips the Electron fuses that close Node entry points and pin the app to its checked app.asar', () => {
    expect(readConfig()['electronFuses']).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(validate({ ...readConfig(), electronFuses: { runAsNodes: false } })).toBe(false);
  });
});
