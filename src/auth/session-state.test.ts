import { User } from 'oidc-client-ts';
import { describe, expect, it } from 'vitest';
import { initialSessionState, sessionReducer, type SessionAction, type SessionState } from './session-state';

const userFor = (sub: string, accessToken = `at-${sub}`) =>
  new User({ access_token: accessToken, token_type: 'Bearer', profile: { sub, iss: 'https://id.example.com', aud: 'app', exp: 0, iat: 0 }, expires_at: 2_000_000_000 });
const alice = userFor('alice');

const run = (...actions: SessionAction[]): SessionState => actions.reduce(sessionReducer, initialSessionState);
const signedIn = () => run({ type: 'loaded', user: alice, flow: 'code' });

describe('sessionReducer', () => {
  it('starts loading, then signed in or out by what was stored', () => {
    expect(initialSessionState.status).toBe('loading');
    expect(signedIn()).toMatchObject({ status: 'signed-in', user: alice, flow: 'code' });
    expect(run({ type: 'loaded', user: null, flow: null })).toMatchObject({ status: 'signed-out', user: null });
  });

  it('completes a sign-in and says where to return', () => {
    const state = run({ type: 'completing' }, { type: 'signed-in', user: alice, flow: 'implicit', returnTo: '/payments' });
    expect(state).toMatchObject({ status: 'signed-in', flow: 'implicit', returnTo: '/payments', problem: null });
  });

  it('a refused response leaves no user and says it was refused', () => {
    const state = run({ type: 'completing' }, { type: 'refused', problem: { code: 'signature' } });
    expect(state).toMatchObject({ status: 'signed-out', user: null, refused: true, problem: { code: 'signature' } });
  });

  it('a late "loaded" does not undo a completed callback', () => {
    const state = sessionReducer(run({ type: 'completing' }, { type: 'signed-in', user: alice, flow: 'code', returnTo: null }), { type: 'loaded', user: null, flow: null });
    expect(state.status).toBe('signed-in');
  });

  it('takes a renewal of the same user', () => {
    const renewed = userFor('alice', 'at-2');
    expect(sessionReducer(signedIn(), { type: 'renewed', user: renewed }).user).toBe(renewed);
  });

  it('ignores a renewal for another user', () => {
    const before = signedIn();
    expect(sessionReducer(before, { type: 'renewed', user: userFor('mallory') })).toBe(before);
  });

  it('ignores a renewal that lands after the session ended', () => {
    const ended = sessionReducer(signedIn(), { type: 'ended', problem: { code: 'session_expired' } });
    expect(sessionReducer(ended, { type: 'renewed', user: alice })).toBe(ended);
  });

  it('adopts another tab’s session when it has none, never one of another user', () => {
    expect(run({ type: 'adopted', user: alice, flow: 'code' })).toMatchObject({ status: 'signed-in', user: alice });
    const before = signedIn();
    expect(sessionReducer(before, { type: 'adopted', user: userFor('mallory'), flow: 'code' })).toBe(before);
  });

  it('does not adopt while signing out or completing a sign-in', () => {
    const signingOut = sessionReducer(signedIn(), { type: 'signing-out' });
    expect(sessionReducer(signingOut, { type: 'adopted', user: alice, flow: 'code' })).toBe(signingOut);
    const completing = run({ type: 'completing' });
    expect(sessionReducer(completing, { type: 'adopted', user: alice, flow: 'code' })).toBe(completing);
  });

  it('ends a session with the reason', () => {
    expect(sessionReducer(signedIn(), { type: 'ended', problem: { code: 'session_expired' } })).toMatchObject({
      status: 'signed-out',
      user: null,
      problem: { code: 'session_expired' },
      refused: false,
    });
  });

  it('notes a sign-out in another tab', () => {
    expect(sessionReducer(signedIn(), { type: 'signed-out-elsewhere' })).toMatchObject({ status: 'signed-out', user: null, notice: 'signed-out-elsewhere' });
  });

  it('a failed start keeps the page signed out with the problem, and a new sign-in clears it', () => {
    const failed = run({ type: 'loaded', user: null, flow: null }, { type: 'start-failed', problem: { code: 'discovery_endpoint' } });
    expect(failed).toMatchObject({ status: 'signed-out', problem: { code: 'discovery_endpoint' }, refused: false });
    expect(sessionReducer(failed, { type: 'completing' }).problem).toBeNull();
  });

  it('signs out, locally with the reason when the identity server could not be told', () => {
    const out = sessionReducer(sessionReducer(signedIn(), { type: 'signing-out' }), { type: 'signed-out', problem: null });
    expect(out).toMatchObject({ status: 'signed-out', user: null, notice: null });
    const local = sessionReducer(signedIn(), { type: 'signed-out', problem: { code: 'network_error' } });
    expect(local).toMatchObject({ status: 'signed-out', notice: 'signed-out-locally', problem: { code: 'network_error' } });
  });
});
