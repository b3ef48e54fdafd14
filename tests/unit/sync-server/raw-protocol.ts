import WebSocket from 'ws';

/** Hand-built Hocuspocus frames, to send what a well-behaved provider never would. */
const MESSAGE_SYNC = 0;
const MESSAGE_AUTH = 2;
const SYNC_STEP_2 = 1;
const AUTH_TOKEN = 0;

function varUint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  bytes.push(rest);
  return bytes;
}

function varBytes(bytes: Uint8Array): number[] {
  return [...varUint(bytes.length), ...bytes];
}

function varString(text: string): number[] {
  return varBytes(new TextEncoder().encode(text));
}

export function authMessage(documentName: string, token: string): Uint8Array {
  return Uint8Array.from([...varString(documentName), MESSAGE_AUTH, AUTH_TOKEN, ...varString(token)]);
}

export function syncStep2Message(documentName: string, update: Uint8Array): Uint8Array {
  return Uint8Array.from([...varString(documentName), MESSAGE_SYNC, SYNC_STEP_2, ...varBytes(update)]);
}

/** Opens a socket, sends the frames in order, gives the server a moment to handle them, then closes. */
export async function sendRawMessages(port: number, messages: Uint8Array[]): Promise<void> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}`);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  for (const message of messages) socket.send(message);
  await new Promise((resolve) => setTimeout(resolve, 300));
  socket.close();
}
