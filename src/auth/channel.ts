import * as v from 'valibot';

/*
 * The protocol between tabs of one environment. Anything a same-origin script posts arrives
 * here too, so every message passes a schema; a session travels without its refresh token.
 */

const flowSchema = v.picklist(['code', 'implicit']);

/** A session as it crosses to another tab: no refresh token, ever. */
export const sharedSessionSchema = v.strictObject({
  flow: flowSchema,
  id_token: v.pipe(v.string(), v.minLength(1), v.maxLength(16_384)),
  access_token: v.pipe(v.string(), v.minLength(1), v.maxLength(16_384)),
  token_type: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  scope: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
  session_state: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(1_000)))),
  expires_at: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  profile: v.looseObject({ sub: v.pipe(v.string(), v.minLength(1), v.maxLength(255)) }),
});
export type SharedSession = v.InferOutput<typeof sharedSessionSchema>;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

export const channelMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('ask'), id }),
  v.strictObject({ type: v.literal('session'), session: sharedSessionSchema, to: v.optional(id) }),
  v.strictObject({ type: v.literal('signed-out') }),
]);
export type ChannelMessage = v.InferOutput<typeof channelMessageSchema>;

/** Where messages go and come from: a BroadcastChannel in the browser, an in-memory bus in tests. */
export interface Port {
  post(message: unknown): void;
  listen(listener: (data: unknown) => void): () => void;
}

export function broadcastPort(name: string): Port | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen(listener) {
      const onMessage = (event: MessageEvent<unknown>) => listener(event.data);
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}

/** Ports that reach each other but not themselves, as BroadcastChannels of one name do. */
export function memoryBus(): () => Port {
  const ports = new Set<(data: unknown) => void>();
  return () => {
    const own = new Set<(data: unknown) => void>();
    return {
      post(message) {
        const copy: unknown = structuredClone(message);
        queueMicrotask(() => ports.forEach((deliver) => !own.has(deliver) && deliver(copy)));
      },
      listen(listener) {
        own.add(listener);
        ports.add(listener);
        return () => {
          own.delete(listener);
          ports.delete(listener);
        };
      },
    };
  };
}

export interface Channel {
  post(message: ChannelMessage): void;
  /** Only messages that pass the schema reach the listener. */
  listen(listener: (message: ChannelMessage) => void): () => void;
}

export function createChannel(port: Port | null): Channel {
  return {
    post: (message) => port?.post(message),
    listen(listener) {
      if (!port) return () => {};
      return port.listen((data) => {
        const parsed = v.safeParse(channelMessageSchema, data);
        if (parsed.success) listener(parsed.output);
      });
    },
  };
}
