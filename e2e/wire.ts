import type { Page, Request, Response } from '@playwright/test';

/** What crossed the wire from one page: token requests by grant type, and API responses. */
export function recordTraffic(page: Page) {
  const tokenRequests: { grantType: string | null; body: URLSearchParams }[] = [];
  const apiResponses: { url: string; status: number }[] = [];
  const onRequest = (request: Request) => {
    if (new URL(request.url()).pathname === '/connect/token' && request.method() === 'POST') {
      const body = new URLSearchParams(request.postData() ?? '');
      tokenRequests.push({ grantType: body.get('grant_type'), body });
    }
  };
  const onResponse = (response: Response) => {
    if (new URL(response.url()).pathname.startsWith('/api/v3/') && response.request().method() !== 'OPTIONS') {
      apiResponses.push({ url: response.url(), status: response.status() });
    }
  };
  page.on('request', onRequest);
  page.on('response', onResponse);
  return {
    tokenRequests,
    apiResponses,
    grants: (type: string) => tokenRequests.filter((request) => request.grantType === type),
    failedApiCalls: () => apiResponses.filter((response) => response.status >= 400),
  };
}
