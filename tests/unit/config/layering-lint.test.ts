import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints one import as if it stood in `filePath`, with only the layering rules, which need no type information.
async function layeringErrors(filePath: string, source: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) => ruleId.startsWith('import-x/') || ruleId === 'no-restricted-imports',
  });
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

// The first lint loads the whole ESLint config and the import resolver: on a busy 2-core machine that alone nears the default timeout.
describe('lint keeps the layers apart', { timeout: 60_000 }, () => {
  it("fails a feature that imports another feature's internal file", async () => {
    const errors = await layeringErrors('renderer/features/graph/probe.ts', "export { Sidebar } from '../library/Sidebar';\n");
    expect(errors).toEqual([expect.stringContaining('import-x/no-restricted-paths: Unexpected path "../library/Sidebar"')]);
  });

  it("lets a feature import another feature's public entry", async () => {
    const errors = await layeringErrors('renderer/features/graph/probe.ts', "export { Sidebar } from '../library';\n");
    expect(errors).toEqual([]);
  });

  it('lets a feature import its own files', async () => {
    const errors = await layeringErrors('renderer/features/library/probe.ts', "export { Sidebar } from './Sidebar';\n");
    expect(errors).toEqual([]);
  });

  it.each(['renderer/ui/probe.ts', 'renderer/inline/probe.ts', 'renderer/editor/probe.ts', 'renderer/host/probe.ts'])(
    'fails %s when it imports a feature, even through its public entry',
    async (filePath) => {
      const errors = await layeringErrors(filePath, "export { Reader } from '../features/reader';\n");
      expect(errors).toEqual([expect.stringContaining('sit below the features and never import them')]);
    },
  );

  it('fails the data layer when it imports a feature', async () => {
    const errors = await layeringErrors('renderer/db/tags/probe.ts', "export { Reader } from '../../features/reader';\n");
    expect(errors.some((error) => error.includes('sit below the features'))).toBe(true);
  });
});
