import * as z from 'zod/mini';

/*
 * The protocol between tabs of one environment. Anything a same-origin script posts arrives
 * here too, so every message passes a schema; a session travels without its refresh token.
 */

const flowSchema = z.enum(['code', 'implicit']);

/** A session as it crosses to another tab: no refresh token, ever. */
export const sharedSessionSchema = z.strictObject({
  flow: flowSchema,
  id_token: z.string().check(z.minLength(1), z.maxLength(16_384)),
  access_token: z.string().check(z.minLength(1), z.maxLength(16_384)),
  token_type: z.string().check(z.minLength(1), z.maxLength(64)),
  scope: z.optional(z.string().check(z.maxLength(2_000))),
  session_state: z.optional(z.nullable(z.string().check(z.maxLength(1_000)))),
  expires_at: z.int().check(z.positive()),
  profile: z.looseObject({ sub: z.string().check(z.minLength(1), z.maxLength(255)) }),
});
export type SharedSession = z.infer<typeof sharedSessionSchema>;

const id = z.string().check(z.minLength(1), z.maxLength(100));

export const channelMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ask'), id }),
  z.strictObject({ type: z.literal('session'), session: sharedSessionSchema, to: z.optional(id) }),
  z.strictObject({ type: z.literal('signed-out') }),
]);
export type ChannelMessage = z.infer<typeof channelMessageSchema>;

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
        const parsed = channelMessageSchema.safeParse(data);
        if (parsed.success) listener(parsed.data);
      });
    },
  };
}
