import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';

/**
 * The sync-server tests own ports 4490–4499, so they never collide with other suites on this machine. Each test file
 * takes its own half, because Vitest runs files in parallel and a port probed free can be taken before it is bound.
 */
export const SERVER_TEST_PORTS = { first: 4490, last: 4494 };
export const REDIS_TEST_PORTS = { first: 4495, last: 4499 };

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '127.0.0.1' }, () => probe.close(() => resolve(true)));
  });
}

const handedOut = new Set<number>();

export async function freePort(range: { first: number; last: number }): Promise<number> {
  for (let port = range.first; port <= range.last; port += 1) {
    if (handedOut.has(port)) continue;
    if (await isPortFree(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`No free port in ${range.first}–${range.last}.`);
}

export function releasePort(port: number): void {
  handedOut.delete(port);
}

export function makeTempDir(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'lectern-sync-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves once the first sync with the server completed. */
  synced: Promise<void>;
  /** Resolves with the server's reason when it refuses the token. */
  refused: Promise<string>;
  /** Reasons the server gave each time it closed this document's connection. */
  closeReasons: string[];
  close(): void;
}

export function connectClient(port: number, documentName: string, token: string): TestClient {
  const doc = new Y.Doc();
  let markSynced: () => void = () => undefined;
  let markRefused: (reason: string) => void = () => undefined;
  const synced = new Promise<void>((resolve) => (markSynced = resolve));
  const refused = new Promise<string>((resolve) => (markRefused = resolve));
  const closeReasons: string[] = [];
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${port}`,
    WebSocketPolyfill: WebSocket,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    token,
    document: doc,
    onSynced: () => markSynced(),
    onAuthenticationFailed: ({ reason }) => markRefused(reason),
    onClose: ({ event }) => closeReasons.push(event.reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    synced,
    refused,
    closeReasons,
    close: () => {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}

/** Polls until check passes, so tests wait for remote changes without fixed sleeps. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until the server acknowledged every local change of the client. */
export function allChangesSent(client: TestClient): Promise<void> {
  return waitFor(() => client.provider.unsyncedChanges === 0, 'the server to acknowledge local changes');
}
