import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { PaymentRequest } from '../../api/payments';
import { submitPayment, type SubmissionPort } from './payment-submission';
import { submissionPort } from './use-send-payment';

const request: PaymentRequest = {
  MessageId: 'b7e3c1a2-4d5f-4a6b-8c9d-0e1f2a3b4c5d',
  AccountNumber: '12074123455',
  PaymentLines: [
    { ExecutionDate: '2025-06-16', SourceReference: 'b7e3c1a2-1', Amount: 10, Currency: 'NOK', Creditor: { Name: 'A', CountryCode: 'NO', AccountNumber: '15032877114' } },
  ],
};

const lost = () => new ApiError('network_error');
const timeout = () => new ApiError('timeout');
const serverError = () => new ApiError('server_error', { status: 502 });
const refused = () => new ApiError('bad_request', { status: 400 });
const duplicate = () => new ApiError('conflict', { status: 409 });

/**
 * A server that does not de-duplicate: every POST that arrives creates payments. `arrives` says,
 * per send, whether it reached the server; `answer` what the client hears back.
 */
function fakeServer({ sends, lookups }: { sends: (() => 'ok' | ApiError | { arrivesThen: ApiError })[]; lookups?: (() => 'use-store' | ApiError)[] }) {
  const created: string[] = [];
  const posted: PaymentRequest[] = [];
  const looked: string[] = [];
  const port: SubmissionPort = {
    post: async (sent) => {
      posted.push(sent);
      const next = sends[posted.length - 1]?.() ?? 'ok';
      if (next === 'ok') {
        created.push(sent.MessageId);
        return;
      }
      if ('arrivesThen' in next) {
        created.push(sent.MessageId);
        throw next.arrivesThen;
      }
      throw next;
    },
    lookup: async (messageId) => {
      looked.push(messageId);
      const next = lookups?.[looked.length - 1]?.() ?? 'use-store';
      if (next instanceof ApiError) throw next;
      return created.includes(messageId) ? 'found' : 'absent';
    },
  };
  return { port, created, posted, looked };
}

describe('submitPayment', () => {
  it('sends once and does not look up when the server answers', async () => {
    const server = fakeServer({ sends: [() => 'ok'] });
    expect(await submitPayment(request, server.port)).toEqual({ kind: 'created' });
    expect(server.posted).toHaveLength(1);
    expect(server.looked).toEqual([]);
  });

  it('gives up at once on a refusal that says nothing was created, without looking up', async () => {
    const server = fakeServer({ sends: [refused] });
    expect(await submitPayment(request, server.port)).toMatchObject({ kind: 'refused' });
    expect(server.posted).toHaveLength(1);
    expect(server.looked).toEqual([]);
  });

  it.each([
    ['a network failure', lost],
    ['a timeout', timeout],
    ['a 5xx', serverError],
  ])('after %s that the server did receive, finds the payment by its MessageId and sends nothing again', async (_, failure) => {
    const server = fakeServer({ sends: [() => ({ arrivesThen: failure() })] });
    expect(await submitPayment(request, server.port)).toEqual({ kind: 'found' });
    expect(server.posted).toHaveLength(1);
    expect(server.looked).toEqual([request.MessageId]);
    expect(server.created).toEqual([request.MessageId]);
  });

  it('after a lost send the server does not have (404 or empty), sends again with the same MessageId', async () => {
    const server = fakeServer({ sends: [lost, () => 'ok'] });
    expect(await submitPayment(request, server.port)).toEqual({ kind: 'created' });
    expect(server.posted.map((sent) => sent.MessageId)).toEqual([request.MessageId, request.MessageId]);
    expect(server.posted[1]).toEqual(request);
    expect(server.created).toEqual([request.MessageId]);
  });

  it('when the lookup itself fails, tells the caller and sends nothing again', async () => {
    const server = fakeServer({ sends: [lost], lookups: [serverError] });
    const outcome = await submitPayment(request, server.port);
    expect(outcome.kind).toBe('lookup_failed');
    expect(server.posted).toHaveLength(1);
  });

  it('stops after its resends when every send is lost and nothing arrives', async () => {
    const server = fakeServer({ sends: [lost, lost, lost] });
    expect(await submitPayment(request, server.port, { resends: 1 })).toMatchObject({ kind: 'absent' });
    expect(server.posted).toHaveLength(2);
    expect(server.looked).toHaveLength(2);
  });

  it('takes a refusal of a resend (e.g. 409, MessageId taken) as found when the lookup then finds it', async () => {
    // The first answer was lost and the first lookup raced ahead of the server; the resend is refused as a duplicate.
    const created: string[] = [];
    let lookups = 0;
    const port: SubmissionPort = {
      post: async (sent) => {
        if (created.includes(sent.MessageId)) throw duplicate();
        created.push(sent.MessageId);
        throw lost();
      },
      lookup: async () => (++lookups === 1 ? 'absent' : 'found'),
    };
    expect(await submitPayment(request, port)).toEqual({ kind: 'found' });
    expect(created).toEqual([request.MessageId]);
  });

  it('with lookupFirst (after a reload), asks before it sends and does not send what the server has', async () => {
    const server = fakeServer({ sends: [] });
    server.created.push(request.MessageId);
    expect(await submitPayment(request, server.port, { lookupFirst: true })).toEqual({ kind: 'found' });
    expect(server.posted).toHaveLength(0);
  });

  it('with lookupFirst, sends the same MessageId when the server does not have it', async () => {
    const server = fakeServer({ sends: [() => 'ok'] });
    expect(await submitPayment(request, server.port, { lookupFirst: true })).toEqual({ kind: 'created' });
    expect(server.looked).toEqual([request.MessageId]);
    expect(server.posted).toEqual([request]);
  });

  it('with lookupFirst, sends nothing when the lookup fails', async () => {
    const server = fakeServer({ sends: [], lookups: [lost] });
    expect((await submitPayment(request, server.port, { lookupFirst: true })).kind).toBe('lookup_failed');
    expect(server.posted).toHaveLength(0);
  });
});

describe('submissionPort.lookup', () => {
  const client = (answer: () => Promise<unknown>): ApiClient => ({
    get: <T,>() => answer() as Promise<T>,
    put: <T,>() => answer() as Promise<T>,
    send: async () => undefined,
  });
  const lookup = (answer: () => Promise<unknown>) => submissionPort(client(answer), 'company', () => undefined).lookup(request.MessageId);

  it('finds a message the API lists payments for', async () => {
    expect(await lookup(async () => ({ Payments: [{ PaymentId: 'p', Status: 1 }], Total: 1 }))).toBe('found');
  });

  it('takes 404 and an empty answer as "not there"', async () => {
    expect(await lookup(async () => Promise.reject(new ApiError('not_found', { status: 404 })))).toBe('absent');
    expect(await lookup(async () => ({ Payments: [], Total: 0 }))).toBe('absent');
  });

  it('throws when it cannot tell (5xx, network)', async () => {
    await expect(lookup(async () => Promise.reject(serverError()))).rejects.toBeInstanceOf(ApiError);
    await expect(lookup(async () => Promise.reject(lost()))).rejects.toBeInstanceOf(ApiError);
  });
});
