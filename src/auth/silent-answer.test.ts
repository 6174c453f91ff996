import { describe, expect, it, vi } from 'vitest';
import { postSilentAnswer, silentAnswerType, silentAnswerUrl } from './silent-answer';

describe('silent renewal answer', () => {
  it('posts the whole response URL to the parent, at its own origin only', () => {
    const parent = { postMessage: vi.fn() };
    const frame = { parent, location: { href: 'https://app.example/silent-callback.html?code=c&state=s&iss=x', origin: 'https://app.example' } };
    postSilentAnswer(frame as unknown as Window);
    expect(parent.postMessage).toHaveBeenCalledWith({ type: silentAnswerType, url: frame.location.href }, 'https://app.example');
  });

  it('posts nothing when not framed', () => {
    const self = { postMessage: vi.fn(), location: { href: 'https://app.example/silent-callback.html', origin: 'https://app.example' } } as unknown as Window & { parent: Window };
    Object.assign(self, { parent: self });
    postSilentAnswer(self);
    expect(self.postMessage).not.toHaveBeenCalled();
  });

  it('reads only its own message', () => {
    expect(silentAnswerUrl({ type: silentAnswerType, url: 'https://app.example/x' })).toBe('https://app.example/x');
    expect(silentAnswerUrl({ source: 'oidc-client', url: 'https://app.example/x' })).toBeNull();
    expect(silentAnswerUrl({ type: silentAnswerType, url: 42 })).toBeNull();
    expect(silentAnswerUrl('https://app.example/x')).toBeNull();
    expect(silentAnswerUrl(null)).toBeNull();
  });
});
