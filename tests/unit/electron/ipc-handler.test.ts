import { describe, expect, it, vi } from 'vitest';
import { guardedHandler, UntrustedSenderError } from '../../../electron/ipc-handler';
import { APP_ENTRY_URL, isAppUrl } from '../../../electron/security-policy';
import { IpcPayloadError } from '../../../shared/ipc';

const fromApp = { senderFrame: { url: APP_ENTRY_URL } };
const isTrusted = (url: string) => isAppUrl(url, APP_ENTRY_URL);

function readPathsHandler() {
  const handler = vi.fn((argument: { paths: string[] }) => ({
    jobId: 'job',
    fileNames: [],
    seen: argument.paths,
  }));
  return { handler, invoke: guardedHandler('import:read-paths', handler, isTrusted) };
}

describe('guardedHandler (what main runs before every handler)', () => {
  it("passes the checked argument and the event to the handler for the app's own page", async () => {
    const { handler, invoke } = readPathsHandler();
    await expect(invoke(fromApp, { paths: ['/home/ada/page.txt'] })).resolves.toMatchObject({
      seen: ['/home/ada/page.txt'],
    });
    expect(handler).toHaveBeenCalledWith({ paths: ['/home/ada/page.txt'] }, fromApp);
  });

  it('rejects a malformed payload with a clear error, and never runs the handler', async () => {
    const { handler, invoke } = readPathsHandler();
    await expect(invoke(fromApp, { paths: ['relative.txt'] })).rejects.toThrow(
      'Invalid payload for “import:read-paths”: argument.paths[0] must be an absolute path to a file Lectern imports (.txt, .text, .bib, .bibtex, .biblatex, .ris, .json, .csl, .csv, .tsv), got "relative.txt"',
    );
    await expect(invoke(fromApp, { paths: ['/a.txt'] }, 'extra')).rejects.toThrow(IpcPayloadError);
    await expect(invoke(fromApp)).rejects.toThrow('argument must be an object, got undefined');
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses requests from any other page, or from a frame that is gone', async () => {
    const { handler, invoke } = readPathsHandler();
    for (const url of [
      'https://evil.example/',
      'file:///tmp/page.html',
      'app://other/index.html',
      'about:blank',
    ]) {
      await expect(invoke({ senderFrame: { url } }, { paths: ['/a.txt'] }), url).rejects.toThrow(
        UntrustedSenderError,
      );
    }
    await expect(invoke({ senderFrame: null }, { paths: ['/a.txt'] })).rejects.toThrow(
      "Refused “import:read-paths”: the request did not come from Lectern's own page.",
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it('checks the sender before the payload, so strangers learn nothing about the contract', async () => {
    const { invoke } = readPathsHandler();
    await expect(invoke({ senderFrame: { url: 'https://evil.example/' } }, 'garbage')).rejects.toThrow(
      UntrustedSenderError,
    );
  });
});
