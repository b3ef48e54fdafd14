/** The constructor shape HocuspocusProviderWebsocket accepts as its WebSocketPolyfill (the DOM's or ws'). */
export type WebSocketClass = new (url: string) => WebSocket;

/** 1009 means "message too big", but a page may only close with 1000 or 3000–4999; 4009 mirrors it. */
export const MESSAGE_TOO_BIG_CLOSE_CODE = 4009;

function messageBytes(data: unknown): number {
  if (data instanceof ArrayBuffer) return data.byteLength;
  if (ArrayBuffer.isView(data)) return data.byteLength;
  if (typeof data === 'string') return data.length;
  return 0;
}

/**
 * A WebSocket class that refuses any incoming message over maxBytes: the provider never sees it, the socket closes
 * with 1009 (message too big) and onRefused says why. The provider reads messages through addEventListener, so
 * this is where a message can be stopped before Yjs decodes any of it.
 */
export function guardedWebSocket(
  Base: WebSocketClass,
  maxBytes: number,
  onRefused: (bytes: number) => void,
): WebSocketClass {
  return class GuardedWebSocket extends Base {
    readonly #guarded = new WeakMap<EventListenerOrEventListenerObject, (event: Event) => void>();

    override addEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ): void {
      if (listener === null) return;
      if (type !== 'message') {
        super.addEventListener(type, listener, options);
        return;
      }
      const guarded = (event: Event): void => {
        const bytes = messageBytes((event as MessageEvent).data);
        if (bytes > maxBytes) {
          onRefused(bytes);
          this.close(MESSAGE_TOO_BIG_CLOSE_CODE, 'message-too-big');
          return;
        }
        if (typeof listener === 'function') listener.call(this, event);
        else listener.handleEvent(event);
      };
      this.#guarded.set(listener, guarded);
      super.addEventListener(type, guarded, options);
    }

    override removeEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions,
    ): void {
      if (listener === null) return;
      super.removeEventListener(type, this.#guarded.get(listener) ?? listener, options);
    }
  };
}
