import type { WebSocketClass } from '../../../../renderer/sync/guarded-websocket';

/** tests/unit/sync-server/test-server.ts, as seen from here. */
export interface TestServer {
  readonly port: number;
  readonly websocketUrl: string;
  readonly httpUrl: string;
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

interface NodeSide {
  startTestServer(options: {
    ports: { first: number; last: number };
    maxBlobBytes?: number;
  }): Promise<TestServer>;
  NodeWebSocket: WebSocketClass;
}

// The web project carries no Node types, but these tests run in Vitest's Node process: the real server and ws' client
// are loaded through a path TypeScript does not follow, and typed by the interface above.
const NODE_SIDE: string = '../../sync-server/test-server';

export function loadNodeSide(): Promise<NodeSide> {
  return import(/* @vite-ignore */ NODE_SIDE) as Promise<NodeSide>;
}
