import { describe, expect, it } from 'vitest';
import { siteForHost } from './site';

describe('siteForHost', () => {
  const hosts = ['service.localhost', 'service.hamburg.de'];
  it.each([
    ['service.localhost:3000', 'service'],
    ['SERVICE.hamburg.de', 'service'],
    ['localhost:3000', 'digital'],
    ['digital.hamburg.de', 'digital'],
    ['service.localhost.evil.example', 'digital'],
  ])('%s → %s', (host, site) => {
    expect(siteForHost(host, hosts)).toBe(site);
  });
  it('falls back to Digitale Stadt Hamburg without a Host header', () => {
    expect(siteForHost(null, hosts)).toBe('digital');
  });
});
