import { readFileSync } from 'node:fs';
import { parseCapture } from '../../../../shared/capture/parse';
import type { ParsedCapture } from '../../../../shared/capture/types';

const ROOT = new URL('../../../../', import.meta.url);

export function readSeed(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`seeds/${name}`, ROOT)));
}

export function parseSeed(name: string): ParsedCapture {
  return parseCapture(readSeed(name));
}

export function parseFixture(name: string): ParsedCapture {
  return parseCapture(new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url))));
}
