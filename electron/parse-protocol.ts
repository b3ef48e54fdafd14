import type { ImportedFile } from '../shared/import/types';

/** main → parse worker: read and parse one file. */
export interface ParseRequest {
  taskId: number;
  path: string;
  maxBytes: number;
}

/** parse worker → main: the file, or an ImportedFile whose parsed.error says why not. */
export interface ParseResponse {
  taskId: number;
  file: ImportedFile;
}

export function isParseRequest(value: unknown): value is ParseRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { taskId, path, maxBytes } = value as Record<string, unknown>;
  return typeof taskId === 'number' && typeof path === 'string' && typeof maxBytes === 'number';
}

export function isParseResponse(value: unknown): value is ParseResponse {
  if (typeof value !== 'object' || value === null) return false;
  const { taskId, file } = value as Record<string, unknown>;
  return typeof taskId === 'number' && typeof file === 'object' && file !== null;
}
