import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { contentTypes, internalContentTypes, locales } from '@dsh/content-model';
import type { z } from 'zod';
import { maybeDocument, maybeDocumentIdRow } from './rows';

type AnyType = (typeof contentTypes)[keyof typeof contentTypes] | (typeof internalContentTypes)[keyof typeof internalContentTypes];
const byUid = new Map<string, AnyType>([...Object.values(contentTypes), ...Object.values(internalContentTypes)].map((ct) => [ct.uid, ct]));

type Data = Record<string, unknown>;

function fail(uid: string, error: z.ZodError, when: 'save' | 'publish'): never {
  const details = error.issues.map((i) => ({ path: i.path.map(String), message: i.message, name: 'ValidationError' }));
  const summary = error.issues.map((i) => `${i.path.join('.') || uid}: ${i.message}`).join('; ');
  throw new errors.ValidationError(when === 'publish' ? `Nicht veröffentlicht – bitte korrigieren: ${summary}` : `Nicht gespeichert – bitte korrigieren: ${summary}`, {
    errors: details,
  });
}

/**
 * Strapi's uid fields are only checked for uniqueness by the admin form; the document service
 * accepts duplicates. A slug is a page's address, so it is unique per locale, on every path.
 */
async function uniqueSlug(strapi: Core.Strapi, uid: string, params: { data?: Data; documentId?: string; locale?: string | string[] }) {
  const slug = params.data?.slug;
  if (typeof slug !== 'string' || !slug) return;
  const locale = typeof params.locale === 'string' && params.locale !== '*' ? params.locale : 'de';
  const clash = maybeDocumentIdRow.parse(
    await strapi.db.query(uid as 'api::article.article').findOne({
      select: ['documentId'],
      where: { slug, locale, ...(params.documentId ? { documentId: { $ne: params.documentId } } : {}) },
    }),
  );
  if (clash) {
    throw new errors.ValidationError(`Nicht gespeichert – bitte korrigieren: slug: „${slug}“ ist in dieser Sprache bereits vergeben`, {
      errors: [{ path: ['slug'], message: 'ist in dieser Sprache bereits vergeben', name: 'ValidationError' }],
    });
  }
}

/**
 * Every write of a content-model type passes here, whatever its path (admin, REST, document
 * service): drafts are checked for the format of what they contain, and nothing reaches the
 * published state unless the whole document satisfies the content model.
 */
export function registerValidation(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    const ct = byUid.get(ctx.uid);
    if (!ct) return next();
    const params = (ctx.params ?? {}) as { data?: Data; documentId?: string; locale?: string | string[]; status?: string };
    const publishing = ctx.action === 'publish' || ((ctx.action === 'create' || ctx.action === 'update') && params.status === 'published');

    // A clone's data is written over the copy of its source: checked like any other write.
    if ((ctx.action === 'create' || ctx.action === 'update' || ctx.action === 'clone') && params.data) {
      const r = ct.draft.safeParse(params.data);
      if (!r.success) fail(ctx.uid, r.error, 'save');
      await uniqueSlug(strapi, ctx.uid, ctx.action === 'clone' ? { ...params, documentId: undefined } : params);
    }

    if (publishing) {
      // Bulk publishing names several locales, or '*': each version must pass.
      const targets = typeof params.locale === 'string' && params.locale !== '*' ? [params.locale] : params.locale === undefined ? [undefined] : [...locales];
      for (const locale of targets) {
        let current: Data | null = {};
        if (params.documentId) {
          current = maybeDocument.parse(
            await strapi.documents(ctx.uid as 'api::article.article').findOne({
              documentId: params.documentId,
              ...(locale ? { locale } : {}),
              status: 'draft',
            }),
          );
          if (!current && targets.length > 1) continue;
        }
        const r = ct.publish.safeParse({ ...(current ?? {}), ...(params.data ?? {}) });
        if (!r.success) fail(ctx.uid, r.error, 'publish');
      }
    }
    return next();
  });
}
