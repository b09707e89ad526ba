import { describe, expect, it } from 'vitest';
import { clientKey, rateLimiter } from './rate-limit';

describe('rateLimiter', () => {
  it('lets a client through up to the limit, then refuses until its window ends', () => {
    const l = rateLimiter({ limit: 2, windowMs: 1000 });
    expect(l.take('a', 0).ok).toBe(true);
    expect(l.take('a', 10).ok).toBe(true);
    const third = l.take('a', 20);
    expect(third.ok).toBe(false);
    expect(third.retryAfterSeconds).toBe(1);
    // Another client is not affected.
    expect(l.take('b', 20).ok).toBe(true);
    // A new window starts after the old one ends.
    expect(l.take('a', 1001).ok).toBe(true);
  });
});

describe('clientKey', () => {
  it('takes the first address of X-Forwarded-For, else X-Real-IP', () => {
    expect(clientKey(new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }))).toBe('203.0.113.7');
    expect(clientKey(new Headers({ 'x-real-ip': '198.51.100.2' }))).toBe('198.51.100.2');
    expect(clientKey(new Headers())).toBe('unknown');
  });
});
