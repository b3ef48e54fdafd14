import { isLibraryToken } from '../../../shared/sync';
import { parseServerAddress } from '../../sync/server-address';

export type CheckedConnection =
  { ok: true; serverUrl: string; token: string } | { ok: false; problem: string };

/** A token as typed or pasted: spaces and line breaks dropped, letters lowercased. */
export function normalizedToken(input: string): string {
  return input.replace(/\s+/g, '').toLowerCase();
}

/** What Connect checks before anything is saved or opened. */
export function checkConnectInput(serverInput: string, tokenInput: string): CheckedConnection {
  const address = parseServerAddress(serverInput);
  if (!address.ok) return { ok: false, problem: address.problem };
  const token = normalizedToken(tokenInput);
  if (token === '') {
    return { ok: false, problem: 'Enter the library token, or create one if this is the first device.' };
  }
  if (!isLibraryToken(token)) {
    return {
      ok: false,
      problem: `A library token is 64 characters 0–9 and a–f; this one has ${token.length}. Copy it again from a device that has it.`,
    };
  }
  return { ok: true, serverUrl: address.address.websocketUrl, token };
}
