import { readBibtexPart } from '../../shared/import/read-file';
import { createWordTest } from '../../shared/text/dictionary';
import type { WordTest } from '../../shared/text/types';
import type { PartReply, PartRequest } from './part-messages';

/** The part of a dedicated worker's global scope this worker uses (the DOM lib types `self` as a window). */
interface WorkerScope {
  postMessage(reply: PartReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<PartRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
let wordTest: WordTest | null = null;

// Reads the second part of a large BibTeX file while the parse worker reads the first.
scope.addEventListener('message', ({ data: { id, part } }) => {
  try {
    wordTest ??= createWordTest();
    scope.postMessage({ id, read: readBibtexPart(part, wordTest) });
  } catch (error) {
    scope.postMessage({ id, failed: error instanceof Error ? error.message : String(error) });
  }
});
