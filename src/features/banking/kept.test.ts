import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { MemoryStorage } from '../../test/stores';
import { kept } from './kept';

describe('kept', () => {
  it('reads what passes its schema, and anything else as empty', () => {
    const storage = new MemoryStorage();
    const store = kept(() => storage, 'obe.test-kept', v.array(v.string()), []);
    storage.setItem('obe.test-kept', '["a"]');
    expect(store.read()).toEqual(['a']);
    storage.setItem('obe.test-kept', '[1]');
    expect(store.read()).toEqual([]);
  });

  it('reads as empty when its schema would only answer later (an asynchronous check)', () => {
    const storage = new MemoryStorage();
    const store = kept(() => storage, 'obe.test-kept-later', v.pipeAsync(v.array(v.string()), v.checkAsync(async () => true)), []);
    storage.setItem('obe.test-kept-later', '["a"]');
    expect(store.read()).toEqual([]);
  });
});
