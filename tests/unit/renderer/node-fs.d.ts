// The web project carries no Node types, but its unit tests run in Node (Vitest) and read the
// seed captures from disk. This declares only the two calls they use.
declare module 'node:fs/promises' {
  export function readFile(path: URL): Promise<Uint8Array>;
  export function readdir(path: URL): Promise<string[]>;
}
