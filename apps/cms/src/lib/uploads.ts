import type { CmsEnv } from '../env';

const security = {
  allowedTypes: ['image/*', 'application/pdf', 'text/plain', 'text/csv'],
  deniedTypes: ['image/svg+xml', 'application/x-msdownload', 'application/x-sh'],
};

/**
 * The upload plugin's config: the local disk (public/uploads) by default, an S3-compatible
 * bucket when S3_* is set (env.ts refuses a half-set one). Several CMS replicas need the
 * bucket: a file uploaded through one must be there for all of them.
 */
export function uploadConfig(e: CmsEnv) {
  if (!e.S3_BUCKET || !e.S3_REGION || !e.S3_ACCESS_KEY_ID || !e.S3_SECRET_ACCESS_KEY) return { security };
  return {
    provider: 'aws-s3',
    providerOptions: {
      // Where browsers fetch the files; without it the provider's own bucket URL.
      ...(e.S3_PUBLIC_URL ? { baseUrl: e.S3_PUBLIC_URL } : {}),
      s3Options: {
        region: e.S3_REGION,
        credentials: { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY },
        // MinIO and most S3-compatible stores address buckets by path, not by subdomain.
        ...(e.S3_ENDPOINT ? { endpoint: e.S3_ENDPOINT, forcePathStyle: true } : {}),
        // No per-object ACL: AWS buckets created since 2023 (ACLs disabled), R2 and others
        // refuse one, and the provider would send public-read unless ACL is present and empty.
        // Public reading is the bucket's policy, or the CDN's behind S3_PUBLIC_URL.
        params: { Bucket: e.S3_BUCKET, ACL: null },
      },
    },
    security,
  };
}

/**
 * Origins the admin panel loads uploaded images and media from: the admin's content security
 * policy must allow the bucket (or the public URL in front of it), or thumbnails stay blank.
 */
export function uploadOrigins(e: CmsEnv): string[] {
  const config = uploadConfig(e);
  if (!('provider' in config)) return [];
  if (e.S3_PUBLIC_URL) return [new URL(e.S3_PUBLIC_URL).origin];
  if (e.S3_ENDPOINT) return [new URL(e.S3_ENDPOINT).origin];
  return [`https://${e.S3_BUCKET}.s3.${e.S3_REGION}.amazonaws.com`];
}
