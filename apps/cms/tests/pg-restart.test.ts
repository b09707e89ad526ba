import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dialect, startCms, type TestCms } from './strapi';

/**
 * PostgreSQL restarts under a running CMS while editors save: the CMS reconnects by itself and
 * every save it confirmed (2xx) is in the database afterwards. The restart is real
 * (pg_ctlcluster, which needs root and the cluster on this machine); elsewhere every backend of
 * the test database is terminated instead, which cuts the pool's connections the same way.
 */
const run = promisify(execFile);
const sqliteReason = 'skipped: needs PostgreSQL (DATABASE_URL=postgres://…; .ci/run runs the integration suite on it)';

async function query<T extends z.ZodType>(row: T, sql: string, params: unknown[] = []): Promise<z.infer<T>[]> {
  const c = new Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    return z.array(row).parse((await c.query(sql, params)).rows);
  } finally {
    await c.end();
  }
}

/** The local cluster that serves DATABASE_URL, if pg_ctlcluster can restart it. */
async function localCluster(): Promise<string | null> {
  if (process.getuid?.() !== 0 || !fs.existsSync('/etc/postgresql')) return null;
  const [served] = await query(z.object({ setting: z.string() }), "SELECT setting FROM pg_settings WHERE name = 'data_directory'");
  const { stdout } = await run('pg_lsclusters', ['--no-header']).catch(() => ({ stdout: '' }));
  for (const line of stdout.split('\n')) {
    const [version, cluster, , , , dataDir] = line.trim().split(/\s+/);
    if (version && cluster && dataDir === served?.setting) return `${version} ${cluster}`;
  }
  return null;
}

async function restartPostgres(): Promise<string> {
  const cluster = await localCluster();
  if (cluster) {
    const [version, name] = cluster.split(' ') as [string, string];
    // -m fast (pg_ctl's default for restart): open connections are cut, as in a crash or failover.
    await run('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, 'restart'], { timeout: 60_000 });
    return `restarted cluster ${cluster} with pg_ctlcluster`;
  }
  const db = new URL(process.env.DATABASE_URL!).pathname.slice(1);
  const cut = await query(z.object({ pid: z.number() }), 'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND pg_terminate_backend(pid)', [db]);
  return `terminated ${cut.length} backends of ${db} (pg_ctlcluster not usable here)`;
}

const Started = z.object({ started: z.string() });
const Login = z.object({ data: z.object({ token: z.string() }) });
const Created = z.object({ data: z.object({ documentId: z.string() }) });

// Only PostgreSQL can be restarted under the CMS; SQLite is a file in the CMS's own process.
// CI runs this file in its PostgreSQL pass.
describe.skipIf(dialect !== 'postgres')(`PostgreSQL restart under the CMS (${dialect === 'postgres' ? 'postgres' : sqliteReason})`, () => {
  let cms: TestCms;
  let token: string;
  beforeAll(async () => {
    cms = await startCms();
    const res = await fetch(`${cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'redaktion@example.org', password: 'Redaktion-Demo-2026!' }),
    });
    token = Login.parse(await res.json()).data.token;
  });
  afterAll(async () => {
    await cms?.stop();
  });

  /** An editor saves a draft through the admin's API: the documentId when the CMS confirmed it. */
  async function save(n: number): Promise<string | null> {
    try {
      const res = await fetch(`${cms.url}/content-manager/collection-types/api::article.article?locale=de`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title: `Neustart ${n}`, slug: `neustart-${n}`, kind: 'news', date: '2026-11-29', lead: `Entwurf ${n}, gespeichert während PostgreSQL neu startet.`, body: [] }),
        signal: AbortSignal.timeout(15_000),
      });
      if (!res.ok) return null;
      return Created.parse(await res.json()).data.documentId;
    } catch {
      return null;
    }
  }

  it('reconnects by itself within 30 s and keeps every save it confirmed', async () => {
    const confirmed: string[] = [];
    let attempts = 0;
    let failed = 0;
    let restartedAt = 0;
    let firstAfterRestart = 0;
    let writing = true;
    let n = 0;
    // Three editors saving one draft after another, before, during and after the restart.
    const editor = async () => {
      while (writing) {
        const id = await save(++n);
        attempts++;
        if (!id) failed++;
        else {
          confirmed.push(id);
          if (restartedAt && !firstAfterRestart) firstAfterRestart = Date.now();
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const editors = [editor(), editor(), editor()];
    await new Promise((r) => setTimeout(r, 2_000));
    const before = confirmed.length;
    expect(before, 'saves succeed before the restart').toBeGreaterThan(0);

    const [{ started: startedBefore }] = await query(Started, 'SELECT pg_postmaster_start_time()::text AS started');
    const how = await restartPostgres();
    restartedAt = Date.now();
    // Saves keep coming until the CMS has confirmed a good number after the restart (or 30 s).
    while (Date.now() - restartedAt < 30_000 && !(firstAfterRestart && confirmed.length - before > 20)) await new Promise((r) => setTimeout(r, 100));
    writing = false;
    await Promise.all(editors);
    const [{ started: startedAfter }] = await query(Started, 'SELECT pg_postmaster_start_time()::text AS started');
    console.log(`${how}; ${attempts} saves, ${confirmed.length} confirmed, ${failed} refused or cut; first confirmed save ${firstAfterRestart ? firstAfterRestart - restartedAt : '—'} ms after the restart`);
    if (how.startsWith('restarted')) expect(startedAfter, 'PostgreSQL really restarted').not.toBe(startedBefore);

    expect(firstAfterRestart, 'the CMS confirms saves again within 30 s of the restart').toBeGreaterThan(0);
    expect(firstAfterRestart - restartedAt).toBeLessThan(30_000);
    // Every confirmed save is in the database: read there, not through the CMS.
    const stored = await query(z.object({ document_id: z.string() }), 'SELECT DISTINCT document_id FROM articles WHERE document_id = ANY($1::text[])', [confirmed]);
    expect(new Set(confirmed).size).toBe(confirmed.length);
    expect(stored.map((r) => r.document_id).sort()).toEqual([...confirmed].sort());
    // And the CMS serves reads again too.
    const read = await fetch(`${cms.url}/content-manager/collection-types/api::article.article?page=1&pageSize=1&locale=de`, { headers: { authorization: `Bearer ${token}` } });
    expect(read.status).toBe(200);
  }, 120_000);
});
