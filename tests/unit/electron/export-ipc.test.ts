/** The export channels' guards: what the page may hand main to write, and what it may not. */
import { describe, expect, it } from 'vitest';
import { IpcPayloadError, isPageInvokeChannel, parseInvokeArgument } from '../../../shared/ipc';

describe('the export channels’ guards', () => {
  it('are open to the page', () => {
    for (const channel of ['export:save-file', 'export:save-folder', 'export:choose-live', 'export:write-live', 'export:stop-live'])
      expect(isPageInvokeChannel(channel)).toBe(true);
  });

  it('accept a file name and its text', () => {
    expect(parseInvokeArgument('export:save-file', { suggestedName: 'lectern-library-2026-12-04.bib', content: '@misc{a}' })).toEqual({
      suggestedName: 'lectern-library-2026-12-04.bib',
      content: '@misc{a}',
    });
  });

  it('refuse a folder in a suggested name, bytes for text, and unknown fields', () => {
    const bad = [
      { suggestedName: '../../.bashrc', content: 'x' },
      { suggestedName: '/etc/passwd', content: 'x' },
      { suggestedName: 'a.bib', content: new Uint8Array(3) },
      { suggestedName: 'a.bib', content: 'x', path: '/tmp/a.bib' },
    ];
    for (const value of bad) expect(() => parseInvokeArgument('export:save-file', value)).toThrow(IpcPayloadError);
  });

  it('keep a vault’s files inside its folder, each named once', () => {
    const files = (paths: string[]) => ({ suggestedName: 'vault', files: paths.map((path) => ({ path, text: '' })) });
    expect(parseInvokeArgument('export:save-folder', files(['Abstracts/a.md', 'index.md'])).files).toHaveLength(2);
    for (const paths of [['../a.md'], ['/a.md'], ['a/../../b.md'], ['a\\b.md'], ['a//b.md'], ['A.md', 'a.md'], []])
      expect(() => parseInvokeArgument('export:save-folder', files(paths))).toThrow(IpcPayloadError);
  });

  it('keep updated only .bib and .json files, written by id alone', () => {
    expect(parseInvokeArgument('export:choose-live', { suggestedName: 'thesis.bib' })).toEqual({ suggestedName: 'thesis.bib' });
    expect(() => parseInvokeArgument('export:choose-live', { suggestedName: 'run.sh' })).toThrow(/ending in \.bib or \.json/);
    expect(() => parseInvokeArgument('export:write-live', { id: 'abc-123', content: 'x', path: '/etc/x' })).toThrow(IpcPayloadError);
    expect(() => parseInvokeArgument('export:write-live', { id: '../x', content: 'x' })).toThrow(IpcPayloadError);
    expect(parseInvokeArgument('export:stop-live', { id: 'abc-123' })).toEqual({ id: 'abc-123' });
  });
});
