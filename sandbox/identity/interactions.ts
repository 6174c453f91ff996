import type { IncomingMessage, ServerResponse } from 'node:http';
import { errors } from 'oidc-provider';
import type { Interaction, InteractionResults, KoaContextWithOIDC, Provider } from 'oidc-provider';
import { FormBodyError, readFormBody } from './form-body.ts';
import { describeScope } from './scopes.ts';
import { findUser, verifyCredentials } from './users.ts';
import { consentPage, errorPage, loginPage, PAGE_HEADERS } from './views.ts';

/** Where oidc-provider sends the browser when it needs the user (`interactions.url`). */
/** The issuer's path (a tenant's, e.g. `/sandbox-tenant`), which every page of that issuer lives under. */
export const basePathOf = (provider: Provider): string => new URL(provider.issuer).pathname.replace(/\/$/, '');

export const interactionUrl = (ctx: KoaContextWithOIDC, interaction: Interaction): string => `${basePathOf(ctx.oidc.provider)}/interaction/${interaction.uid}`;

const ROUTE = /^\/interaction\/([\w-]+)(?:\/(login|consent))?$/;

export interface InteractionRoute {
  uid: string;
  action: 'login' | 'consent' | undefined;
}

/** The interaction route a path names, or undefined when oidc-provider should take the request. */
export function matchInteraction(pathname: string): InteractionRoute | undefined {
  const match = ROUTE.exec(pathname);
  if (!match?.[1]) return undefined;
  return { uid: match[1], action: match[2] === 'login' || match[2] === 'consent' ? match[2] : undefined };
}

/** A failure the user can act on, shown on the error page with its status. */
class InteractionError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, PAGE_HEADERS);
  res.end(html);
}

async function clientName(provider: Provider, details: Interaction): Promise<string> {
  const clientId = String(details.params.client_id);
  const client = await provider.Client.find(clientId);
  return client?.clientName ?? clientId;
}

function requestedScopes(details: Interaction): string[] {
  const scope = details.params.scope;
  return typeof scope === 'string' ? scope.split(' ').filter(Boolean) : [];
}

/** Grants what the consent prompt found missing, on the session's grant or a new one. */
async function grantConsent(provider: Provider, details: Interaction): Promise<InteractionResults> {
  const accountId = details.session?.accountId;
  if (!accountId) throw new InteractionError(400, 'login_required', 'You are not signed in any more. Start again from the app.');
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId, clientId: String(details.params.client_id) });
  if (!grant) throw new InteractionError(400, 'grant_not_found', 'Your earlier consent has expired. Start again from the app.');

  const missing = details.prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [resource, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
    grant.addResourceScope(resource, scopes.join(' '));
  }
  const grantId = await grant.save();
  // A new grant must be handed back; an existing one was updated in place.
  return { consent: details.grantId ? {} : { grantId } };
}

function expectPrompt(details: Interaction, name: 'login' | 'consent'): void {
  if (details.prompt.name !== name) {
    throw new InteractionError(400, 'wrong_step', 'This page is out of date. Go back to the app and sign in again.');
  }
}

async function showPrompt(provider: Provider, res: ServerResponse, details: Interaction): Promise<void> {
  const name = await clientName(provider, details);
  switch (details.prompt.name) {
    case 'login':
      return send(res, 200, loginPage({ uid: details.uid, basePath: basePathOf(provider), clientName: name }));
    case 'consent': {
      const user = findUser(details.session?.accountId ?? '');
      return send(res, 200, consentPage({
        basePath: basePathOf(provider),
        uid: details.uid,
        clientName: name,
        userName: user?.claims.name ?? 'an unknown user',
        permissions: requestedScopes(details).map(describeScope),
      }));
    }
    default:
      throw new InteractionError(400, 'unsupported_prompt', `The sign-in step "${details.prompt.name}" is not supported here.`);
  }
}

async function submitLogin(provider: Provider, req: IncomingMessage, res: ServerResponse, details: Interaction): Promise<void> {
  expectPrompt(details, 'login');
  const form = await readFormBody(req);
  const username = form.get('username') ?? '';
  const user = verifyCredentials(username, form.get('password') ?? '');
  if (!user) {
    return send(res, 200, loginPage({ uid: details.uid, basePath: basePathOf(provider), clientName: await clientName(provider, details), username, failed: true }));
  }
  // amr as IdentityServer writes it for a password sign-in; it reaches the tokens' `amr` claim.
  await provider.interactionFinished(req, res, { login: { accountId: user.sub, amr: ['pwd'] } }, { mergeWithLastSubmission: false });
}

async function submitConsent(provider: Provider, req: IncomingMessage, res: ServerResponse, details: Interaction): Promise<void> {
  expectPrompt(details, 'consent');
  const decision = (await readFormBody(req)).get('decision');
  if (decision === 'allow') {
    await provider.interactionFinished(req, res, await grantConsent(provider, details), { mergeWithLastSubmission: true });
  } else if (decision === 'deny') {
    const denied = { error: 'access_denied', error_description: 'The user denied access.' };
    await provider.interactionFinished(req, res, denied, { mergeWithLastSubmission: false });
  } else {
    throw new InteractionError(400, 'invalid_decision', 'Choose Allow or Deny.');
  }
}

/** Serves the login and consent pages and their form posts, in front of oidc-provider. */
export async function handleInteraction(provider: Provider, route: InteractionRoute, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const expected = route.action ? 'POST' : 'GET';
    if (req.method !== expected) {
      res.setHeader('Allow', expected);
      throw new InteractionError(405, 'method_not_allowed', `This page only answers ${expected} requests.`);
    }
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== route.uid) {
      throw new InteractionError(400, 'wrong_interaction', 'This page belongs to another sign-in. Go back to the app and sign in again.');
    }
    if (route.action === 'login') await submitLogin(provider, req, res, details);
    else if (route.action === 'consent') await submitConsent(provider, req, res, details);
    else await showPrompt(provider, res, details);
  } catch (error) {
    if (error instanceof InteractionError || error instanceof FormBodyError) return send(res, error.status, errorPage(error.message, error.code));
    if (error instanceof errors.SessionNotFound) {
      return send(res, 400, errorPage('This sign-in has expired or is already finished. Go back to the app and sign in again.', 'session_not_found'));
    }
    console.error('identity: interaction failed', error);
    send(res, 500, errorPage('The identity server failed while handling this page.', 'server_error'));
  }
}
