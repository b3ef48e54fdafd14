/**
 * The checks every invoke goes through in main, before its handler runs (no Electron import,
 * so they are tested directly): the request must come from the app's own page, with exactly
 * the argument the contract's guard accepts.
 */
import type { InvokeArgument, InvokeChannel, InvokeResult } from '../shared/ipc';
import { IpcPayloadError, parseInvokeArgument } from '../shared/ipc';

/** The part of IpcMainInvokeEvent these checks read. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

export type InvokeHandler<K extends InvokeChannel, E> = (
  argument: InvokeArgument<K>,
  event: E,
) => Promise<InvokeResult<K>> | InvokeResult<K>;

export class UntrustedSenderError extends Error {
  override readonly name = 'UntrustedSenderError';
}

export function guardedHandler<K extends InvokeChannel, E extends InvokeEventLike>(
  channel: K,
  handler: InvokeHandler<K, E>,
  isTrustedSender: (frameUrl: string) => boolean,
): (event: E, ...args: unknown[]) => Promise<InvokeResult<K>> {
  return async (event, ...args) => {
    const frameUrl = event.senderFrame?.url;
    if (frameUrl === undefined || !isTrustedSender(frameUrl)) {
      throw new UntrustedSenderError(
        `Refused “${channel}”: the request did not come from Lectern's own page.`,
      );
    }
    if (args.length > 1)
      throw new IpcPayloadError(
        `Invalid payload for “${channel}”: expected at most one argument, got ${args.length}`,
      );
    const argument = parseInvokeArgument(channel, args[0]);
    return handler(argument, event);
  };
}
