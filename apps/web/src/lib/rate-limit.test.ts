import { describe, expect, it } from 'vitest';
import { tooManyRequests, withRateLimitHeaders } from './http';
import { clientKey, rateLimiter } from './rate-limit';
import { NextResponse } from 'next/server';
import { z } from 'zod';

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

  it('counts down the remaining budget and says how long until the window ends', () => {
    const l = rateLimiter({ limit: 3, windowMs: 60_000 });
    expect(l.take('a', 0)).toEqual({ ok: true, limit: 3, remaining: 2, retryAfterSeconds: 0 });
    expect(l.take('a', 1_000)).toMatchObject({ ok: true, remaining: 1, retryAfterSeconds: 59 });
    expect(l.take('a', 2_000)).toMatchObject({ ok: true, remaining: 0 });
    expect(l.take('a', 30_500)).toEqual({ ok: false, limit: 3, remaining: 0, retryAfterSeconds: 30 });
    // Still refused in the window's last moment, never "retry after 0 seconds".
    expect(l.take('a', 59_999)).toEqual({ ok: false, limit: 3, remaining: 0, retryAfterSeconds: 1 });
    expect(l.take('a', 60_000).ok).toBe(true);
  });

  it('keeps at most maxKeys windows: a flood of forged keys cannot grow memory without bound', () => {
    const l = rateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 3 });
    for (const k of ['a', 'b', 'c']) expect(l.take(k, 0).ok).toBe(true);
    expect(l.take('a', 1).ok).toBe(false);
    l.take('d', 2);
    expect(l.size).toBe(3);
    // The oldest window ('a') made room for 'd'; 'b' still has its used-up window.
    expect(l.take('b', 3).ok).toBe(false);
    expect(l.take('a', 4).ok).toBe(true);
  });

  it('forgets ended windows', () => {
    const l = rateLimiter({ limit: 1, windowMs: 1000 });
    for (let i = 0; i < 100; i++) l.take(`client-${i}`, 0);
    expect(l.size).toBe(100);
    l.take('late', 5_000);
    expect(l.size).toBe(1);
  });
});

describe('tooManyRequests', () => {
  it('answers 429 with Retry-After, the budget and a German and English message', async () => {
    const res = tooManyRequests({ ok: false, limit: 60, remaining: 0, retryAfterSeconds: 42 });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('42');
    expect(res.headers.get('ratelimit-limit')).toBe('60');
    expect(res.headers.get('ratelimit-remaining')).toBe('0');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = z.object({ error: z.string(), message: z.string() }).parse(await res.json());
    expect(body.error).toBe('rate_limited');
    expect(body.message).toContain('Zu viele Anfragen');
    expect(body.message).toContain('Too many requests');
    expect(body.message).toContain('42');
  });

  it('leaves the answer of an allowed request as it is, with the remaining budget added', () => {
    const res = withRateLimitHeaders(NextResponse.json({ ok: 1 }, { status: 200 }), { ok: true, limit: 120, remaining: 7, retryAfterSeconds: 0 });
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit-remaining')).toBe('7');
  });
});

describe('clientKey', () => {
  it('takes the first address of X-Forwarded-For, else X-Real-IP', () => {
    expect(clientKey(new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1' }))).toBe('203.0.113.7');
    expect(clientKey(new Headers({ 'x-real-ip': '198.51.100.2' }))).toBe('198.51.100.2');
    expect(clientKey(new Headers())).toBe('unknown');
  });

  it('cuts an absurdly long forwarded value, so a key is never megabytes of memory', () => {
    expect(clientKey(new Headers({ 'x-forwarded-for': 'x'.repeat(10_000) }))).toHaveLength(100);
  });
});
