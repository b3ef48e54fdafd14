/**
 * Worker thread entry: parses capture files off the main thread with the shared code.
 * One request at a time; the dictionary is loaded once per worker, on first use.
 */
import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { importFailure } from '../shared/ipc/import-failure';
import { createWordTest } from '../shared/text/dictionary';
import type { WordTest } from '../shared/text/types';
import { reasonOf } from './files';
import { importCaptureFile } from './import-file';
import type { ParseRequest, ParseResponse } from './parse-protocol';
import { isParseRequest } from './parse-protocol';

let wordTest: WordTest | null = null;

async function handle(request: ParseRequest): Promise<ParseResponse> {
  try {
    const isWord = (wordTest ??= createWordTest());
    return { taskId: request.taskId, file: await importCaptureFile(request.path, isWord, request.maxBytes) };
  } catch (error) {
    return { taskId: request.taskId, file: importFailure(basename(request.path), reasonOf(error)) };
  }
}

const port = parentPort;
if (!port) throw new Error('parse-worker must run in a worker thread');
port.on('message', (message: unknown) => {
  if (!isParseRequest(message)) return;
  void handle(message).then((response) => port.postMessage(response));
});
