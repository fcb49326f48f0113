import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER_CSP, PAGE_CSP } from '../../scripts/csp.mjs';

const headers = readFileSync('public/_headers', 'utf8');

describe('the _headers example', () => {
  it('sends at least the CSP that the pages carry as a meta tag', () => {
    const csp = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
    for (const directive of PAGE_CSP.split('; ')) expect(csp).toContain(directive);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('forbids framing by other sites, in the header where a meta tag cannot', () => {
    const csp = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
    expect(csp).toContain("frame-ancestors 'self'");
    expect(HEADER_CSP).toContain("frame-ancestors 'self'");
    expect(PAGE_CSP).not.toContain('frame-ancestors');
  });

  it('never lets the service worker be cached', () => {
    expect(headers).toMatch(/\/sw\.js\n\s+Cache-Control: no-cache/);
  });
});
