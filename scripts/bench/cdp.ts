/**
 * A minimal DevTools-protocol client over the browser's WebSocket endpoint, for targets Playwright gives no session
 * on (the extension's service worker): attach to a target in flat mode and send commands on its session.
 * (puppeteer.connect to a browser Playwright already drives waits forever on targets paused for Playwright.)
 */
import WebSocket from 'ws';

/** A browser-level connection. */
export interface CdpConnection {
  send<T = unknown>(method: string, params?: object, sessionId?: string): Promise<T>;
  close(): void;
}

/** Connects to `wsEndpoint` (ws://127.0.0.1:PORT/devtools/browser/…). */
export async function connectCdp(wsEndpoint: string): Promise<CdpConnection> {
  const socket = new WebSocket(wsEndpoint, { perMessageDeflate: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id === undefined) return;
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) waiter?.reject(new Error(message.error.message));
    else waiter?.resolve(message.result);
  });
  return {
    send: <T>(method: string, params: object = {}, sessionId?: string) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
      }),
    close: () => socket.close(),
  };
}

/** Attaches to the first target `match` accepts (polling up to `timeoutMs`); returns its session id. */
export async function attachTo(
  cdp: CdpConnection,
  match: (t: { type: string; url: string }) => boolean,
  timeoutMs = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { targetInfos } = await cdp.send<{ targetInfos: { targetId: string; type: string; url: string }[] }>(
      'Target.getTargets',
    );
    const target = targetInfos.find(match);
    if (target) {
      const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
        targetId: target.targetId,
        flatten: true,
      });
      return sessionId;
    }
    if (Date.now() > deadline) throw new Error('target not found');
    await new Promise((r) => setTimeout(r, 100));
  }
}
