import { describe, expect, it, vi } from 'vitest';
import { preloaded } from './preload';

describe('preloaded', () => {
  it('fetches a module once, tells its subscribers when it arrives and then has it at hand', async () => {
    const importer = vi.fn(async () => ({ answer: 42 }));
    const module = preloaded(importer);
    const arrived = vi.fn();
    module.subscribe(arrived);
    expect(module.loaded()).toBeUndefined();
    const [first, second] = await Promise.all([module.load(), module.load()]);
    expect(first).toBe(second);
    expect(importer).toHaveBeenCalledTimes(1);
    expect(arrived).toHaveBeenCalledTimes(1);
    expect(module.loaded()).toEqual({ answer: 42 });
  });

  it('fetches again after a failure, and stops telling a subscriber that left', async () => {
    const importer = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new TypeError('offline')).mockResolvedValue('module');
    const module = preloaded(importer);
    const arrived = vi.fn();
    module.subscribe(arrived)();
    await expect(module.load()).rejects.toThrow('offline');
    await expect(module.load()).resolves.toBe('module');
    expect(importer).toHaveBeenCalledTimes(2);
    expect(arrived).not.toHaveBeenCalled();
  });
});
