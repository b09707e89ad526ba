import { describe, expect, it } from 'vitest';
import bodyErrors from './body-errors';

/** What formidable 2 throws for a multipart body without its closing boundary. */
class FormidableError extends Error {
  constructor(
    message: string,
    public internalCode: number,
    public httpCode = 500,
  ) {
    super(message);
  }
}

const run = async (thrown: unknown) => {
  const ctx = { status: 404, body: undefined as unknown };
  await bodyErrors()(ctx, async () => {
    throw thrown;
  });
  return ctx;
};

describe('body-errors middleware', () => {
  it('answers a malformed multipart body with 400 and a message, not 500', async () => {
    const ctx = await run(new FormidableError('MultipartParser.end(): stream ended unexpectedly: state = PART_DATA', 1012, 400));
    expect(ctx.status).toBe(400);
    expect(ctx.body).toEqual({ data: null, error: { status: 400, name: 'BadRequestError', message: 'The request body is malformed or incomplete.' } });
  });

  it('answers too many fields with 413', async () => {
    const ctx = await run(new FormidableError('options.maxFields (1000) exceeded', 1007, 413));
    expect(ctx.status).toBe(413);
    expect(ctx.body).toMatchObject({ error: { status: 413, name: 'PayloadTooLargeError' } });
  });

  it("leaves other errors, and formidable's own failures, to Strapi's error handler", async () => {
    await expect(run(new Error('database is locked'))).rejects.toThrow('database is locked');
    await expect(run(new FormidableError('uninitialized parser', 1003))).rejects.toThrow('uninitialized parser');
    await expect(run(Object.assign(new Error('teapot'), { httpCode: '400' }))).rejects.toThrow('teapot');
  });

  it('lets a request without an error through untouched', async () => {
    const ctx = { status: 200, body: { data: 1 } as unknown };
    await bodyErrors()(ctx, async () => {});
    expect(ctx).toEqual({ status: 200, body: { data: 1 } });
  });
});
