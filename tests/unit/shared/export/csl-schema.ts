import { readFileSync } from 'node:fs';
import Ajv from 'ajv';

const SCHEMA: unknown = JSON.parse(readFileSync(new URL('../../../fixtures/schemas/csl-data.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(SCHEMA as object);

/** The schema's complaints about `data` (none when it is valid CSL-JSON). */
export function validateCslJson(data: unknown): string[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}
