import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { BEST_BET_LINE, SYNONYM_LINE, searchStatDelivery, searchVocabularyType, type SearchStatDelivery } from '@dsh/content-model';
import { isoWeek } from '@dsh/search';
import { z } from 'zod';
import { adminActor, type Actor } from './review/actor';
import * as workflow from './review/workflow';
import { VOCABULARY } from './search-sync';

/*
 * Search analytics for ITD11: what people search for, what finds nothing, what nobody opens,
 * per ISO week. The web app counts and delivers (no IP, no user, no time finer than the week,
 * queries that may hold personal data dropped before counting: see analyticsQuery); the CMS
 * adds the delivery to the week's rows. From the report ITD11 adds a synonym or a best bet in
 * one step: the line goes into the draft of the search dictionary, which is submitted for
 * review and goes live like every other change, through ITD11's approval.
 */

const TABLE = 'search_stats';
const KEY = ['week', 'site', 'language', 'query'] as const;

/** One row per week, site, language and query, so a delivery adds to it instead of a new row. */
export async function ensureSearchStatsIndex(strapi: Core.Strapi): Promise<void> {
  await strapi.db.connection.raw(`CREATE UNIQUE INDEX IF NOT EXISTS search_stats_key ON ${TABLE} (week, site, language, query)`);
}

const Row = z.object({
  id: z.number(),
  searches: z.coerce.number(),
  zero_results: z.coerce.number(),
  clicks: z.coerce.number(),
  positions: z.preprocess((v) => (typeof v === 'string' ? JSON.parse(v) : (v ?? {})), z.record(z.string(), z.number())),
});

/** Adds a delivery of the web app to this week's counts. */
export async function recordSearchStats(strapi: Core.Strapi, delivery: SearchStatDelivery, now = new Date()): Promise<number> {
  const week = isoWeek(now);
  const knex = strapi.db.connection;
  const stamp = now.toISOString();
  await strapi.db.transaction(async ({ trx }) => {
    const db = trx ?? knex;
    for (const e of delivery.entries) {
      const key = { week, site: e.site, language: e.language, query: e.query };
      await db(TABLE)
        .insert({ ...key, document_id: crypto.randomBytes(12).toString('hex'), searches: 0, zero_results: 0, clicks: 0, positions: JSON.stringify({}), created_at: stamp, updated_at: stamp, published_at: stamp })
        .onConflict([...KEY])
        .ignore();
      const query = db(TABLE).where(key).first('id', 'searches', 'zero_results', 'clicks', 'positions');
      const row = Row.parse(await (knex.client.config.client === 'sqlite' || knex.client.config.client === 'better-sqlite3' ? query : query.forUpdate()));
      const positions = { ...row.positions };
      for (const [p, n] of Object.entries(e.positions)) positions[p] = (positions[p] ?? 0) + n;
      await db(TABLE)
        .where({ id: row.id })
        .update({ searches: row.searches + e.searches, zero_results: row.zero_results + e.zeroResults, clicks: row.clicks + e.clicks, positions: JSON.stringify(positions), updated_at: stamp });
    }
  });
  return delivery.entries.length;
}

export function parseDelivery(body: unknown): SearchStatDelivery {
  const r = searchStatDelivery.safeParse(body ?? {});
  if (!r.success) throw new errors.ValidationError(z.prettifyError(r.error));
  return r.data;
}

export interface ReportLine {
  query: string;
  site: string;
  language: string;
  searches: number;
  zeroResults: number;
  clicks: number;
  /** Share of searches after which a result was opened. */
  clickRate: number;
  /** The most opened positions, best first. */
  topPositions: { position: number; clicks: number }[];
}

export interface SearchReport {
  week: string;
  weeks: string[];
  totals: { searches: number; zeroResults: number; clicks: number; queries: number };
  top: ReportLine[];
  zeroResults: ReportLine[];
  noClicks: ReportLine[];
}

const ReportQuery = z.object({
  week: z.string().regex(/^\d{4}-W\d{2}$/, 'Woche im Format 2026-W49').optional(),
  site: z.enum(['digital', 'service']).optional(),
  language: z.enum(['de', 'en']).optional(),
  /** Only queries containing this (as typed in the report's filter box). */
  contains: z.string().trim().toLowerCase().max(100).optional(),
});

const StatRow = z.object({
  query: z.string(),
  site: z.string(),
  language: z.string(),
  searches: z.coerce.number(),
  zero_results: z.coerce.number(),
  clicks: z.coerce.number(),
  positions: Row.shape.positions,
});

/** The week's report: top queries, queries that found nothing, queries nobody opened a result of. */
export async function searchReport(strapi: Core.Strapi, input: unknown, now = new Date()): Promise<SearchReport> {
  const parsed = ReportQuery.safeParse(input ?? {});
  if (!parsed.success) throw new errors.ValidationError(z.prettifyError(parsed.error));
  const knex = strapi.db.connection;
  const weeks = (await knex(TABLE).distinct('week').orderBy('week', 'desc').limit(52)).map((r: { week: string }) => r.week);
  const week = parsed.data.week ?? weeks[0] ?? isoWeek(now);
  const filter = { week, ...(parsed.data.site ? { site: parsed.data.site } : {}), ...(parsed.data.language ? { language: parsed.data.language } : {}) };
  const contains = parsed.data.contains;
  const rows = z
    .array(StatRow)
    .parse(await knex(TABLE).where(filter).select('query', 'site', 'language', 'searches', 'zero_results', 'clicks', 'positions'))
    .filter((r) => !contains || r.query.includes(contains));
  const lines: ReportLine[] = rows.map((r) => ({
    query: r.query,
    site: r.site,
    language: r.language,
    searches: r.searches,
    zeroResults: r.zero_results,
    clicks: r.clicks,
    clickRate: r.searches ? Math.min(1, r.clicks / r.searches) : 0,
    topPositions: Object.entries(r.positions)
      .map(([p, n]) => ({ position: Number(p), clicks: n }))
      .sort((a, b) => b.clicks - a.clicks || a.position - b.position)
      .slice(0, 3),
  }));
  const bySearches = (a: ReportLine, b: ReportLine) => b.searches - a.searches || a.query.localeCompare(b.query, 'de');
  const LIMIT = 50;
  return {
    week,
    weeks: weeks.includes(week) ? weeks : [week, ...weeks],
    totals: {
      searches: lines.reduce((n, l) => n + l.searches, 0),
      zeroResults: lines.reduce((n, l) => n + l.zeroResults, 0),
      clicks: lines.reduce((n, l) => n + l.clicks, 0),
      queries: lines.length,
    },
    top: [...lines].sort(bySearches).slice(0, LIMIT),
    // Found nothing every time it was searched this week.
    zeroResults: lines.filter((l) => l.zeroResults >= l.searches).sort(bySearches).slice(0, LIMIT),
    // Found something, but nobody opened any of it.
    noClicks: lines.filter((l) => l.zeroResults < l.searches && l.clicks === 0).sort(bySearches).slice(0, LIMIT),
  };
}

/** A part of a dictionary line: no separators of the line format, no comment. */
const Term = z
  .string()
  .trim()
  .min(2, 'mindestens 2 Zeichen')
  .max(100, 'höchstens 100 Zeichen')
  .refine((t) => !/[=#,\n]/.test(t), 'ohne „=“, „#“, „,“ und Zeilenumbruch');
const PagePath = z
  .string()
  .trim()
  .regex(/^\/[^\s=#,]*$/, 'ein Pfad der Seite, wie sie auf der Website steht, z. B. /services/personalausweis-beantragen')
  .max(300);

export const SuggestionInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('synonym'), query: Term, meaning: Term, comment: z.string().trim().max(4000).optional() }),
  z.object({ kind: z.literal('bestBet'), query: Term, path: PagePath, comment: z.string().trim().max(4000).optional() }),
]);
export type SuggestionInput = z.infer<typeof SuggestionInput>;

const Vocabulary = searchVocabularyType.input.pick({ synonyms: true, bestBets: true }).partial().extend({ documentId: z.string() });

/**
 * ITD11's one step from the report: the line is added to the dictionary's draft and the draft
 * is submitted for review. Written through the document service, so the dictionary's rules and
 * the approval rules apply as to any edit in the content manager. `pageExists` checks a best
 * bet's page against what is live (the search index), so no best bet points into nothing.
 */
export async function addSuggestion(
  strapi: Core.Strapi,
  input: unknown,
  actor: Actor,
  pageExists: (path: string) => Promise<boolean>,
): Promise<{ documentId: string; line: string; state: string }> {
  if (!actor.approver) throw new errors.PolicyError('Synonyme und Empfehlungen aus der Suchanalyse legt ITD11 an.');
  const parsed = SuggestionInput.safeParse(input ?? {});
  if (!parsed.success) throw new errors.ValidationError(parsed.error.issues.map((i) => `${i.path.join('.') || 'Anfrage'}: ${i.message}`).join('; '));
  const s = parsed.data;
  const line = s.kind === 'synonym' ? `${s.query} = ${s.meaning}` : `${s.query} = ${s.path}`;
  if (s.kind === 'synonym' && !SYNONYM_LINE.test(line)) throw new errors.ValidationError(`Keine gültige Synonym-Zeile: ${line}`);
  if (s.kind === 'bestBet') {
    if (!BEST_BET_LINE.test(line)) throw new errors.ValidationError(`Keine gültige Empfehlung: ${line}`);
    if (!(await pageExists(s.path))) throw new errors.ValidationError(`Unter ${s.path} ist keine veröffentlichte Seite zu finden.`);
  }
  const docs = strapi.documents(VOCABULARY);
  const found = await docs.findFirst({ status: 'draft', fields: ['synonyms', 'bestBets'] });
  const current = found ? Vocabulary.parse(found) : null;
  const field = s.kind === 'synonym' ? 'synonyms' : 'bestBets';
  const before = (current?.[field] ?? '').replace(/\s+$/, '');
  const present = before.split('\n').some((l) => l.trim().toLowerCase() === line.toLowerCase());
  const text = present ? before : `${before ? `${before}\n` : ''}${line}`;
  let documentId: string;
  if (current) {
    if (!present) await docs.update({ documentId: current.documentId, data: { [field]: text } as never });
    documentId = current.documentId;
  } else {
    const created = await docs.create({ data: { synonyms: field === 'synonyms' ? text : '# Suchbegriffe', ...(field === 'bestBets' ? { bestBets: text } : {}) } as never });
    documentId = created.documentId;
  }
  const target = { uid: VOCABULARY, documentId, locale: 'de' };
  const status = await workflow.status(strapi, target);
  if (status.modified && status.state !== 'in_review' && status.state !== 'approved') {
    const comment = s.comment || (s.kind === 'synonym' ? `Aus der Suchanalyse: Synonym „${line}“` : `Aus der Suchanalyse: Empfehlung „${line}“`);
    const submitted = await workflow.submit(strapi, target, actor, comment);
    return { documentId, line, state: submitted.state };
  }
  return { documentId, line, state: status.state };
}


type Ctx = { request: { body?: unknown }; query: Record<string, unknown>; state: { user?: { id: number } }; body: unknown; status: number };

async function approverOf(strapi: Core.Strapi, ctx: Ctx): Promise<Actor> {
  const id = ctx.state.user?.id;
  const user = id ? await strapi.db.query('admin::user').findOne({ where: { id }, populate: ['roles'] }) : null;
  if (!user) throw new errors.UnauthorizedError('Bitte anmelden.');
  const actor = adminActor(user);
  // The figures are ITD11's working material; Redaktion sees the dictionary, not the log.
  if (!actor.approver) throw new errors.PolicyError('Die Suchanalyse ist ITD11 vorbehalten.');
  return actor;
}

/**
 * The analytics' admin API (behind admin login, ITD11 only): `/dsh-search/report` and
 * `/dsh-search/suggestion`. The admin page "Suchanalyse" uses it.
 */
export function registerSearchAnalyticsRoutes(strapi: Core.Strapi, pageExists: (path: string) => Promise<boolean>): void {
  const policies = ['admin::isAuthenticatedAdmin'];
  strapi.server.routes({
    type: 'admin',
    prefix: '/dsh-search',
    routes: [
      {
        method: 'GET',
        path: '/report',
        handler: async (ctx: Ctx) => {
          await approverOf(strapi, ctx);
          ctx.body = { data: await searchReport(strapi, ctx.query) };
        },
        config: { policies },
      },
      {
        method: 'POST',
        path: '/suggestion',
        handler: async (ctx: Ctx) => {
          const actor = await approverOf(strapi, ctx);
          ctx.status = 201;
          ctx.body = { data: await addSuggestion(strapi, ctx.request.body, actor, pageExists) };
        },
        config: { policies },
      },
    ],
  } as never);
}
