/**
 * Whether this tab may keep the sign-in in sessionStorage. Blocked site data makes reading
 * `window.sessionStorage` throw; a full store makes writing throw.
 */
export function storageProblem(): 'disabled' | 'full' | null {
  let store: Storage;
  try {
    store = window.sessionStorage;
  } catch {
    return 'disabled';
  }
  try {
    store.setItem('obe.storage-check', 'x'.repeat(4096));
    store.removeItem('obe.storage-check');
    return null;
  } catch (error) {
    return error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'disabled';
  }
}
