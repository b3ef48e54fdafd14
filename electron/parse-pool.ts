/**
 * A small pool of parse workers (worker_threads). Main hands it paths and gets ImportedFiles
 * back, one event per finished file, without ever parsing on its own thread. A worker that
 * dies fails only the file it was on; the next file gets a fresh worker.
 */
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportedFile, ImportProgress } from '../shared/import/types';
import { MAX_CAPTURE_BYTES } from '../shared/import/capture-limit';
import { importFailure } from '../shared/ipc/import-failure';
import type { ParseRequest } from './parse-protocol';
import { isParseResponse } from './parse-protocol';

export interface ParsePoolOptions {
  /** The built worker script (out/main/parse-worker.js), or its source with a loader in execArgv. */
  workerPath: string | URL;
  execArgv?: string[];
  /** Workers running at once; by default one per spare core, at most 2 (each holds the dictionary). */
  size?: number;
  maxBytes?: number;
  /** An idle worker is stopped after this long, to give its memory back. */
  idleMs?: number;
}

export interface ParseListener {
  onProgress?: (progress: ImportProgress) => void;
  onFile?: (file: ImportedFile, index: number) => void;
}

export interface ParsePool {
  /** Resolves with one ImportedFile per path, in the order given; never rejects for a bad file. */
  parseFiles(paths: readonly string[], listener?: ParseListener): Promise<ImportedFile[]>;
  close(): Promise<void>;
}

interface Task {
  taskId: number;
  path: string;
  resolve(file: ImportedFile): void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  idleTimer: ReturnType<typeof setTimeout> | null;
  lastError: unknown;
}

function failedTask(task: Task, reason: string): ImportedFile {
  return importFailure(basename(task.path), reason);
}

export function createParsePool(options: ParsePoolOptions): ParsePool {
  const size = Math.max(1, options.size ?? Math.min(2, availableParallelism() - 1));
  const maxBytes = options.maxBytes ?? MAX_CAPTURE_BYTES;
  const idleMs = options.idleMs ?? 30_000;
  const queue: Task[] = [];
  const slots = new Set<Slot>();
  let nextTaskId = 1;
  let closed = false;

  function spawn(): Slot {
    const worker = new Worker(options.workerPath, options.execArgv ? { execArgv: options.execArgv } : {});
    const slot: Slot = { worker, task: null, idleTimer: null, lastError: null };
    worker.on('message', (message: unknown) => {
      const task = slot.task;
      if (!task || !isParseResponse(message) || message.taskId !== task.taskId) return;
      slot.task = null;
      task.resolve(message.file);
      dispatch();
    });
    worker.on('error', (error) => {
      slot.lastError = error;
    });
    worker.on('exit', (code) => {
      slots.delete(slot);
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      const task = slot.task;
      slot.task = null;
      if (task) {
        const why = slot.lastError instanceof Error ? slot.lastError.message : `exit code ${code}`;
        task.resolve(
          failedTask(task, closed ? 'the app is closing.' : `the parser stopped unexpectedly (${why}).`),
        );
      }
      if (!closed) dispatch();
    });
    slots.add(slot);
    return slot;
  }

  function idleSlot(): Slot | null {
    for (const slot of slots) if (!slot.task) return slot;
    return slots.size < size ? spawn() : null;
  }

  function dispatch(): void {
    while (!closed && queue.length > 0) {
      const slot = idleSlot();
      if (!slot) return;
      const task = queue.shift();
      if (!task) return;
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      slot.idleTimer = null;
      slot.task = task;
      const request: ParseRequest = { taskId: task.taskId, path: task.path, maxBytes };
      slot.worker.postMessage(request);
    }
    for (const slot of slots) {
      if (slot.task || slot.idleTimer) continue;
      slot.idleTimer = setTimeout(() => void slot.worker.terminate(), idleMs);
      slot.idleTimer.unref();
    }
  }

  function submit(path: string): Promise<ImportedFile> {
    return new Promise((resolve) => {
      const task: Task = { taskId: nextTaskId++, path, resolve };
      if (closed) return resolve(failedTask(task, 'the app is closing.'));
      queue.push(task);
      dispatch();
    });
  }

  async function parseFiles(paths: readonly string[], listener: ParseListener = {}): Promise<ImportedFile[]> {
    const finished = paths.map(() => false);
    let filesDone = 0;
    let firstUnfinished = 0;
    const report = (): void => {
      while (firstUnfinished < paths.length && finished[firstUnfinished]) firstUnfinished += 1;
      const current = paths[firstUnfinished];
      listener.onProgress?.({
        filesDone,
        filesTotal: paths.length,
        fileName: current === undefined ? null : basename(current),
      });
    };
    report();
    return Promise.all(
      paths.map(async (path, index) => {
        const file = await submit(path);
        finished[index] = true;
        filesDone += 1;
        listener.onFile?.(file, index);
        report();
        return file;
      }),
    );
  }

  async function close(): Promise<void> {
    closed = true;
    for (const task of queue.splice(0)) task.resolve(failedTask(task, 'the app is closing.'));
    await Promise.all([...slots].map((slot) => slot.worker.terminate()));
  }

  return { parseFiles, close };
}
