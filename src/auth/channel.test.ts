import { describe, expect, it, vi } from 'vitest';
import { createChannel, memoryBus, type ChannelMessage, type SharedSession } from './channel';

const session: SharedSession = {
  flow: 'code',
  id_token: 'header.payload.signature',
  access_token: 'access',
  token_type: 'Bearer',
  scope: 'openid bankservice',
  expires_at: 2_000_000_000,
  profile: { sub: 'demo', name: 'Demo' },
};

async function received(sent: unknown): Promise<ChannelMessage[]> {
  const bus = memoryBus();
  const from = bus();
  const to = createChannel(bus());
  const messages: ChannelMessage[] = [];
  to.listen((message) => messages.push(message));
  from.post(sent);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return messages;
}

describe('session channel', () => {
  it('delivers a well-formed message to the other tabs, not back to the sender', async () => {
    const bus = memoryBus();
    const a = createChannel(bus());
    const b = createChannel(bus());
    const own = vi.fn();
    const other = vi.fn();
    a.listen(own);
    b.listen(other);
    a.post({ type: 'session', session });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(other).toHaveBeenCalledWith({ type: 'session', session });
    expect(own).not.toHaveBeenCalled();
  });

  it('passes asks and sign-outs', async () => {
    expect(await received({ type: 'ask', id: 'q1' })).toEqual([{ type: 'ask', id: 'q1' }]);
    expect(await received({ type: 'signed-out' })).toEqual([{ type: 'signed-out' }]);
  });

  it('drops a session that carries a refresh token', async () => {
    expect(await received({ type: 'session', session: { ...session, refresh_token: 'rt' } })).toEqual([]);
  });

  it('drops a session without an ID token to verify', async () => {
    const { id_token: _dropped, ...withoutIdToken } = session;
    expect(await received({ type: 'session', session: withoutIdToken })).toEqual([]);
  });

  it.each([
    ['an unknown type', { type: 'user', user: '{}' }],
    ['a string', 'signed-out'],
    ['null', null],
    ['an ask without id', { type: 'ask' }],
    ['an expiry that is not a number', { type: 'session', session: { ...session, expires_at: 'never' } }],
    ['extra fields', { type: 'signed-out', also: 1 }],
  ])('drops %s', async (_name, message) => {
    expect(await received(message)).toEqual([]);
  });
});
