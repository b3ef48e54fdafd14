import { describe, expect, it } from 'vitest';
import type { InvokeChannel } from '../../../shared/ipc';
import {
  ipcContract,
  IpcPayloadError,
  isEventChannel,
  isInvokeChannel,
  isPageInvokeChannel,
  MAX_BACKUP_BYTES,
  MAX_IMPORT_PATHS,
  parseEventPayload,
  parseInvokeArgument,
} from '../../../shared/ipc';
import { RECORDS_PER_BATCH } from '../../../shared/import/file-parts';
import { TEXT_PIECE_LENGTH } from '../../../shared/import/text-pieces';
import { importFailure } from '../../../shared/ipc/import-failure';

const reject = (channel: InvokeChannel, value: unknown) => () => parseInvokeArgument(channel, value);

describe('the IPC contract', () => {
  it('names every channel domain:verb and knows which way it goes', () => {
    for (const channel of Object.keys(ipcContract)) expect(channel).toMatch(/^[a-z]+:[a-z-]+$/);
    expect(Object.keys(ipcContract).filter(isInvokeChannel).sort()).toEqual(
      [
        'import:read-seeds',
        'import:open-dialog',
        'import:read-paths',
        'import:file-bytes',
        'import:grant-dropped',
        'shell:open-external',
        'snapshots:list',
        'snapshots:save',
        'snapshots:read',
        'backup:save-file',
        'snapshot:settled',
        'export:save-file',
        'export:save-folder',
        'export:choose-live',
        'export:write-live',
        'export:stop-live',
      ].sort(),
    );
    expect(Object.keys(ipcContract).filter(isEventChannel).sort()).toEqual(
      [
        'import:progress',
        'import:file',
        'import:text',
        'import:records',
        'app:command',
        'snapshot:request',
      ].sort(),
    );
    expect(isInvokeChannel('import:grant-dropped')).toBe(true);
    expect(isInvokeChannel('import:progress')).toBe(false);
    expect(isEventChannel('import:read-seeds')).toBe(false);
  });

  it('opens every invoke channel to the page except the preload’s grant of dropped files', () => {
    const invokes = Object.keys(ipcContract).filter(isInvokeChannel);
    expect(invokes.filter((channel) => !isPageInvokeChannel(channel))).toEqual(['import:grant-dropped']);
    expect(isPageInvokeChannel('import:read-paths')).toBe(true);
    expect(isPageInvokeChannel('import:progress')).toBe(false);
  });

  it('knows no channel outside the contract, including Object.prototype names', () => {
    for (const channel of [
      'fs:read',
      'import:read-seed',
      'toString',
      '__proto__',
      'constructor',
      '',
      42,
      null,
    ]) {
      expect(isInvokeChannel(channel)).toBe(false);
      expect(isEventChannel(channel)).toBe(false);
    }
    expect(() => parseInvokeArgument('fs:read' as InvokeChannel, undefined)).toThrow(
      'Unknown IPC channel “fs:read”',
    );
  });
});

describe('argument guards', () => {
  it('accept no argument for the seed and dialog channels, and refuse any', () => {
    expect(parseInvokeArgument('import:read-seeds', undefined)).toBeUndefined();
    expect(parseInvokeArgument('import:open-dialog', undefined)).toBeUndefined();
    expect(reject('import:read-seeds', { paths: ['/etc/passwd'] })).toThrow(
      'Invalid payload for “import:read-seeds”: argument must be absent (this channel takes no argument), got object',
    );
    expect(reject('import:open-dialog', null)).toThrow(IpcPayloadError);
  });

  it('accept absolute POSIX and Windows paths to captures and reference files', () => {
    const paths = [
      '/home/ada/captures/page.txt',
      '/home/ada/zotero/library.bib',
      'C:\\Users\\Ada\\scopus.RIS',
      'C:\\Users\\Ada\\page.TXT',
      'd:/captures/page.text',
      '\\\\server\\share\\page.txt',
    ];
    expect(parseInvokeArgument('import:read-paths', { paths })).toEqual({ paths });
  });

  it('refuse relative, empty, non-string, NUL-carrying and non-import paths, naming the bad entry', () => {
    expect(reject('import:read-paths', { paths: ['/ok.txt', 'captures/page.txt'] })).toThrow(
      'Invalid payload for “import:read-paths”: argument.paths[1] must be an absolute path to a file Lectern imports (.txt, .text, .bib, .bibtex, .biblatex, .ris, .json, .csl, .csv, .tsv), got "captures/page.txt"',
    );
    expect(reject('import:read-paths', { paths: ['../../etc/passwd'] })).toThrow(
      'argument.paths[0] must be an absolute path to a file Lectern imports',
    );
    expect(reject('import:read-paths', { paths: ['C:relative.txt'] })).toThrow(
      'must be an absolute path to a file Lectern imports',
    );
    expect(reject('import:read-paths', { paths: ['/home/ada/.ssh/id_rsa'] })).toThrow(
      'must be an absolute path to a file Lectern imports',
    );
    expect(reject('import:read-paths', { paths: ['/home/ada/notes.txt.sh'] })).toThrow(
      'must be an absolute path to a file Lectern imports',
    );
    expect(reject('import:read-paths', { paths: [''] })).toThrow(
      'argument.paths[0] must be a non-empty string',
    );
    expect(reject('import:read-paths', { paths: [42] })).toThrow(
      'argument.paths[0] must be a string, got number',
    );
    expect(reject('import:read-paths', { paths: ['/tmp/a\0.txt'] })).toThrow(
      'must be an absolute path to a file Lectern imports',
    );
  });

  it('refuse a wrong shape: no object, no array, an empty list, an unknown field', () => {
    expect(reject('import:read-paths', undefined)).toThrow('argument must be an object, got undefined');
    expect(reject('import:read-paths', ['/a.txt'])).toThrow('argument must be an object, got an array of 1');
    expect(reject('import:read-paths', { paths: '/a.txt' })).toThrow('argument.paths must be an array');
    expect(reject('import:read-paths', { paths: [] })).toThrow(
      'argument.paths must be an array of at least 1',
    );
    expect(reject('import:read-paths', { paths: ['/a.txt'], recursive: true })).toThrow(
      'argument has an unexpected field “recursive”',
    );
    expect(
      reject(
        'import:read-paths',
        Object.assign(Object.create({ polluted: true }) as object, { paths: ['/a.txt'] }),
      ),
    ).toThrow('argument must be an object');
  });

  it(`refuse more than ${MAX_IMPORT_PATHS} paths in one call`, () => {
    const paths = Array.from({ length: MAX_IMPORT_PATHS + 1 }, (_, i) => `/captures/${i}.txt`);
    expect(reject('import:read-paths', { paths })).toThrow(
      `argument.paths must be an array of at most ${MAX_IMPORT_PATHS}`,
    );
    expect(parseInvokeArgument('import:read-paths', { paths: paths.slice(1) }).paths).toHaveLength(
      MAX_IMPORT_PATHS,
    );
  });

  it('let only http(s) links out to the system browser', () => {
    for (const url of ['https://arxiv.org/abs/2101.00001', 'http://example.org/paper?id=1#abstract']) {
      expect(parseInvokeArgument('shell:open-external', { url })).toEqual({ url });
    }
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'smb://server/share',
      'app://lectern/index.html',
      'https://user:secret@example.org/',
      'not a url',
      'https://',
    ]) {
      expect(reject('shell:open-external', { url }), url).toThrow('argument.url must be an http(s) URL');
    }
    expect(reject('shell:open-external', { url: 'https://a.org', target: '_self' })).toThrow(
      'unexpected field “target”',
    );
    expect(reject('shell:open-external', 'https://a.org')).toThrow('argument must be an object');
  });
});

describe('snapshot and backup guards', () => {
  const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);

  it('accept backup bytes with a known reason, and nothing else', () => {
    expect(parseInvokeArgument('snapshots:save', { bytes, reason: 'quit' })).toEqual({
      bytes,
      reason: 'quit',
    });
    expect(parseInvokeArgument('snapshots:save', { bytes, reason: 'before-restore' }).reason).toBe(
      'before-restore',
    );
    expect(reject('snapshots:save', { bytes, reason: 'hourly' })).toThrow(
      'argument.reason must be one of "quit", "periodic", "before-restore", "before-repair", got "hourly"',
    );
    for (const notBytes of [
      [80, 75, 3, 4],
      'PK',
      bytes.buffer,
      new Uint16Array(4),
      { 0: 80, length: 1 },
      null,
    ])
      expect(reject('snapshots:save', { bytes: notBytes, reason: 'quit' })).toThrow(
        'argument.bytes must be a Uint8Array',
      );
    expect(reject('snapshots:save', { bytes: new Uint8Array(0), reason: 'quit' })).toThrow(
      'argument.bytes must be at least 1 bytes',
    );
    expect(reject('snapshots:save', { bytes, reason: 'quit', path: '/tmp/x.lectern' })).toThrow(
      'unexpected field “path”',
    );
  });

  it(`refuse a backup over ${MAX_BACKUP_BYTES} bytes without copying it`, () => {
    // An array that only claims the size: the guard reads its length, not its bytes.
    const huge = Object.defineProperty(new Uint8Array(1), 'byteLength', { value: MAX_BACKUP_BYTES + 1 });
    expect(reject('snapshots:save', { bytes: huge, reason: 'quit' })).toThrow(
      `argument.bytes must be at most ${MAX_BACKUP_BYTES} bytes`,
    );
    expect(reject('backup:save-file', { bytes: huge, suggestedName: 'a.lectern' })).toThrow('at most');
  });

  it('accept a snapshot id that is a bare file name, never a path', () => {
    const id = 'lectern-2026-12-04T10-00-00-000Z-quit.lectern';
    expect(parseInvokeArgument('snapshots:read', { id })).toEqual({ id });
    for (const path of [
      `../${id}`,
      `/home/ada/${id}`,
      `C:\\Users\\${id}`,
      `a/${id}`,
      '..',
      '.',
      '',
      `${id}\0`,
    ])
      expect(reject('snapshots:read', { id: path }), path).toThrow('argument.id must be');
  });

  it('let the page suggest only a .lectern file name to the Save dialog', () => {
    expect(
      parseInvokeArgument('backup:save-file', { bytes, suggestedName: 'Lectern 2026-12-04.lectern' }),
    ).toEqual({
      bytes,
      suggestedName: 'Lectern 2026-12-04.lectern',
    });
    for (const suggestedName of [
      '/home/ada/.bashrc.lectern',
      '../up.lectern',
      'library.zip',
      'a\nb.lectern',
      '',
    ])
      expect(reject('backup:save-file', { bytes, suggestedName }), suggestedName).toThrow(
        'argument.suggestedName',
      );
  });

  it('check the request main sends and the settle the page answers with', () => {
    expect(parseEventPayload('snapshot:request', { requestId: 'snapshot-1', reason: 'periodic' })).toEqual({
      requestId: 'snapshot-1',
      reason: 'periodic',
    });
    expect(() =>
      parseEventPayload('snapshot:request', { requestId: 'snapshot-1', reason: 'before-restore' }),
    ).toThrow('payload.reason must be one of "quit", "periodic"');
    expect(parseInvokeArgument('snapshot:settled', { requestId: 'snapshot-1' })).toEqual({
      requestId: 'snapshot-1',
    });
    expect(reject('snapshot:settled', { requestId: '' })).toThrow(
      'argument.requestId must be a non-empty string',
    );
    expect(parseInvokeArgument('snapshots:list', undefined)).toBeUndefined();
    expect(reject('snapshots:list', { dir: '/' })).toThrow('this channel takes no argument');
  });
});

describe('event guards', () => {
  const file = importFailure('a.txt', 'Could not read “a.txt”: the file does not exist.');

  const record = { role: 'abstract', start: 0, end: 5 };
  const display = { text: 'hello', edits: [] };

  it('accept well-formed progress, file, text, records and command events', () => {
    const progress = { jobId: 'j1', filesDone: 1, filesTotal: 3, fileName: 'b.txt' };
    expect(parseEventPayload('import:progress', progress)).toEqual(progress);
    expect(parseEventPayload('import:file', { jobId: 'j1', index: 0, file })).toEqual({
      jobId: 'j1',
      index: 0,
      file,
    });
    const text = { jobId: 'j1', index: 2, piece: 'x'.repeat(TEXT_PIECE_LENGTH) };
    expect(parseEventPayload('import:text', text)).toEqual(text);
    const batch = { jobId: 'j1', index: 2, records: [record], displays: [display] };
    expect(parseEventPayload('import:records', batch)).toEqual(batch);
    expect(parseEventPayload('app:command', 'import')).toBe('import');
    expect(parseEventPayload('app:command', 'backup')).toBe('backup');
    expect(parseEventPayload('app:command', 'restore')).toBe('restore');
  });

  it('refuse malformed ones', () => {
    expect(() =>
      parseEventPayload('import:progress', { jobId: 'j1', filesDone: 4, filesTotal: 3, fileName: null }),
    ).toThrow('filesDone must not exceed filesTotal');
    expect(() =>
      parseEventPayload('import:progress', { jobId: 'j1', filesDone: -1, filesTotal: 3, fileName: null }),
    ).toThrow('payload.filesDone must be a whole number ≥ 0');
    expect(() =>
      parseEventPayload('import:progress', { jobId: '', filesDone: 0, filesTotal: 0, fileName: null }),
    ).toThrow('payload.jobId must be a non-empty string');
    expect(() =>
      parseEventPayload('import:file', { jobId: 'j1', index: 0, file: { ...file, parsed: null } }),
    ).toThrow('payload.file.parsed must be an object');
    expect(() => parseEventPayload('import:file', { jobId: 'j1', file })).toThrow('payload.index');
  });

  it('refuse a file header that carries its text or records, and oversized or uneven parts', () => {
    expect(() =>
      parseEventPayload('import:file', {
        jobId: 'j1',
        index: 0,
        file: { ...file, textPieces: ['whole text'] },
      }),
    ).toThrow('payload.file.textPieces must be empty: it follows in its own events');
    expect(() =>
      parseEventPayload('import:file', {
        jobId: 'j1',
        index: 0,
        file: { ...file, parsed: { ...file.parsed, records: [record] }, displays: [display] },
      }),
    ).toThrow('payload.file.parsed.records must be empty: it follows in its own events');
    expect(() =>
      parseEventPayload('import:text', { jobId: 'j1', index: 0, piece: 'x'.repeat(TEXT_PIECE_LENGTH + 1) }),
    ).toThrow(`payload.piece must be at most ${TEXT_PIECE_LENGTH} characters`);
    expect(() =>
      parseEventPayload('import:records', {
        jobId: 'j1',
        index: 0,
        records: Array.from({ length: RECORDS_PER_BATCH + 1 }, () => record),
        displays: Array.from({ length: RECORDS_PER_BATCH + 1 }, () => display),
      }),
    ).toThrow(`payload.records must hold at most ${RECORDS_PER_BATCH} records`);
    expect(() =>
      parseEventPayload('import:records', { jobId: 'j1', index: 0, records: [record], displays: [] }),
    ).toThrow('payload.displays must parallel records');
    expect(() => parseEventPayload('app:command', 'quit')).toThrow(
      'Invalid payload for “app:command”: payload must be one of "import", "backup", "restore", got "quit"',
    );
  });
});
