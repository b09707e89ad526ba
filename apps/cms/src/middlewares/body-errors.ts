import { z } from 'zod';

/**
 * Strapi's body parser (koa-body on formidable) passes formidable's errors on unchanged, and
 * Strapi's error handler makes every one of them a 500: a multipart body cut off before its
 * closing boundary was an "Internal Server Error" on any route, the public form intake
 * included. Formidable names the client's fault in `httpCode` (400 malformed, 413 too many or
 * too large fields); that status goes out, in Strapi's error shape. Everything else, and
 * formidable's own 5xx, is left to Strapi's error handler.
 */
const ClientBodyError = z.object({ httpCode: z.number().int().min(400).max(499) });

type Ctx = { status: number; body: unknown };

export default () => async (ctx: Ctx, next: () => Promise<void>) => {
  try {
    await next();
  } catch (err) {
    const parsed = ClientBodyError.safeParse(err);
    if (!parsed.success) throw err;
    const status = parsed.data.httpCode;
    ctx.status = status;
    ctx.body = {
      data: null,
      error:
        status === 413
          ? { status, name: 'PayloadTooLargeError', message: 'The request body is too large.' }
          : { status, name: 'BadRequestError', message: 'The request body is malformed or incomplete.' },
    };
  }
};
