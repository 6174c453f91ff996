import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { contentSecurityPolicy, devContentSecurityPolicy, firstPaintGuard, headersFile } from './security-headers.ts';

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split('; ').map((part) => {
    const [name = '', ...sources] = part.split(' ');
    return [name, sources];
  }));
}

const sandbox = { authority: 'http://localhost:5001', api: 'http://localhost:5002' };

describe('the built app’s Content-Security-Policy', () => {
  it('names the sandbox only when the build is for it', () => {
    const withSandbox = directives(contentSecurityPolicy({ sandbox, extraOrigins: [], trustedTypes: false }));
    expect(withSandbox.get('connect-src')).toEqual(expect.arrayContaining(['http://localhost:5001', 'http://localhost:5002']));
    expect(withSandbox.get('frame-src')).toContain('http://localhost:5001');
    expect(withSandbox.get('frame-src')).not.toContain('http://localhost:5002');

    const production = contentSecurityPolicy({ sandbox: null, extraOrigins: [], trustedTypes: false });
    expect(production).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(directives(production).get('connect-src')).toEqual(["'self'", 'https://id.dev.aritma.io', 'https://id.aritma.io', 'https://bankservicedemo.zdata.no', 'https://bankservice.zdata.no']);
  });

  it('allows scripts from the app alone and the first-paint guard by its hash, and requires Trusted Types when asked', () => {
    const csp = directives(contentSecurityPolicy({ sandbox: null, extraOrigins: ['https://id.example.com/tenant'], trustedTypes: true }));
    const guardHash = `'sha256-${createHash('sha256').update(firstPaintGuard).digest('base64')}'`;
    expect(csp.get('script-src')).toEqual(["'self'", guardHash]);
    expect(csp.get('frame-src')).toContain('https://id.example.com');
    expect(csp.get('require-trusted-types-for')).toEqual(["'script'"]);
  });
});

describe('the dev server’s Content-Security-Policy', () => {
  const csp = directives(devContentSecurityPolicy({ inlineScriptHashes: ['sha256-abc='], hmrOrigin: 'ws://localhost:5173', trustedTypes: true }));

  it('runs the app’s own scripts and the one hashed preamble, nothing inline besides', () => {
    expect(csp.get('script-src')).toEqual(["'self'", "'sha256-abc='"]);
  });

  it('is as strict as the build for frames of the app, forms, objects and base URLs', () => {
    const built = directives(contentSecurityPolicy({ sandbox, extraOrigins: [], trustedTypes: true }));
    for (const name of ['frame-ancestors', 'form-action', 'object-src', 'base-uri', 'default-src', 'require-trusted-types-for']) {
      expect(csp.get(name), name).toEqual(built.get(name));
    }
  });

  it('lets a Custom environment reach any https or loopback origin, and nothing else', () => {
    expect(csp.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173', 'https:', 'http://localhost:*', 'http://127.0.0.1:*']);
    expect(csp.get('frame-src')).toEqual(["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*']);
  });
});

describe('the _headers file for hosts', () => {
  it('sends the headers with every page, and caches the hashed files for good, not the pages', () => {
    const file = headersFile({ 'Referrer-Policy': 'no-referrer' });
    const [pages = '', assets = ''] = file.split(/^(?=\/assets\/\*$)/m);
    expect(pages).toBe('/*\n  Referrer-Policy: no-referrer\n');
    expect(pages).not.toContain('Cache-Control');
    expect(assets).toBe('/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  });
});
