import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env, envRefusal as refusal } from '../env';
import { uploadConfig, uploadOrigins } from './uploads';

/** The variables every CMS start needs; each test adds the S3 ones it is about. */
const base = {
  NODE_ENV: 'development',
  APP_KEYS: 'k1-aaaaaaaaaaaaaaaa',
  API_TOKEN_SALT: 'salt-aaaaaaaaaaaaaaaa',
  ADMIN_JWT_SECRET: 'jwt-aaaaaaaaaaaaaaaaaa',
  JWT_SECRET: 'jwt-bbbbbbbbbbbbbbbbbbbb',
  TRANSFER_TOKEN_SALT: 'salt-bbbbbbbbbbbbbbbb',
  ENCRYPTION_KEY: 'enc-aaaaaaaaaaaaaaaaaa',
  MEILI_URL: 'http://127.0.0.1:7700',
  MEILI_MASTER_KEY: 'master-aaaaaaaaaaaaaaaa',
  WEB_URL: 'http://127.0.0.1:3000',
  REVALIDATE_SECRET: 'reval-aaaaaaaaaaaaaaaa',
  PREVIEW_SECRET: 'preview-aaaaaaaaaaaaaaaa',
  FORM_SECRET: 'form-aaaaaaaaaaaaaaaaaaa',
};
const s3 = { S3_BUCKET: 'dsh-uploads', S3_REGION: 'eu-central-1', S3_ACCESS_KEY_ID: 'AKIDEXAMPLE', S3_SECRET_ACCESS_KEY: 'secret-example-key' };

describe('upload storage selection', () => {
  it('keeps uploads on the local disk when no S3 variable is set', () => {
    const config = uploadConfig(env(base));
    expect(config).not.toHaveProperty('provider');
    expect(config.security.deniedTypes).toContain('image/svg+xml');
    expect(uploadOrigins(env(base))).toEqual([]);
  });

  it('uses the S3 provider with bucket, region and keys, on AWS by default', () => {
    const config = uploadConfig(env({ ...base, ...s3 }));
    expect(config).toMatchObject({
      provider: 'aws-s3',
      providerOptions: { s3Options: { region: 'eu-central-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret-example-key' }, params: { Bucket: 'dsh-uploads' } } },
    });
    expect(JSON.stringify(config)).not.toContain('forcePathStyle');
    expect(uploadOrigins(env({ ...base, ...s3 }))).toEqual(['https://dsh-uploads.s3.eu-central-1.amazonaws.com']);
  });

  it('refuses a half-set S3 configuration and names what is missing', () => {
    const message = refusal({ ...base, S3_BUCKET: 'dsh-uploads', S3_ENDPOINT: 'http://minio:9000' });
    for (const missing of ['S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']) expect(message).toContain(`${missing}: must be set with the other S3 variables`);
    expect(message).not.toContain('S3_BUCKET:');
    expect(refusal({ ...base, S3_PUBLIC_URL: 'https://media.example.org' })).toContain('S3_BUCKET: must be set');
    expect(refusal({ ...base, ...s3, S3_ENDPOINT: 'minio:9000' })).toContain('S3_ENDPOINT');
  });
});

/**
 * No S3 server runs here: a local HTTP endpoint stands in for MinIO and records what Strapi's
 * real provider sends with our config, which shows the config reaches the AWS SDK as meant.
 */
describe('S3-compatible endpoint (MinIO style)', () => {
  const requests: { method?: string; url?: string; authorization?: string; acl?: string | string[]; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      requests.push({ method: req.method, url: req.url, authorization: req.headers.authorization, acl: req.headers['x-amz-acl'], body });
      res.writeHead(200, { etag: '"0123456789abcdef"' }).end();
    });
  });
  let endpoint = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('uploads by path to the endpoint with the configured keys, and links files under the public URL', async () => {
    const e = env({ ...base, ...s3, S3_ENDPOINT: endpoint, S3_PUBLIC_URL: 'https://media.example.org/uploads' });
    const config = uploadConfig(e);
    if (!('provider' in config)) throw new Error('S3 provider not selected');
    expect(uploadOrigins(e)).toEqual(['https://media.example.org']);
    const provider = (createRequire(import.meta.url)('@strapi/provider-upload-aws-s3') as { init: (o: unknown) => { upload: (f: Record<string, unknown>) => Promise<void> } }).init(config.providerOptions);
    const file: Record<string, unknown> = { hash: 'stadtplan_abc123', ext: '.txt', mime: 'text/plain', buffer: 'Hallo Hamburg', path: '' };
    await provider.upload(file);
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.url).toMatch(/^\/dsh-uploads\/stadtplan_abc123\.txt/);
    expect(put?.authorization).toContain('Credential=AKIDEXAMPLE/');
    expect(put?.authorization).toContain('/eu-central-1/s3/');
    expect(put?.body).toContain('Hallo Hamburg');
    expect(put?.acl, 'no per-object ACL').toBeUndefined();
    expect(file.url).toBe('https://media.example.org/uploads/stadtplan_abc123.txt');
  });
});
