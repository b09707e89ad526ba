import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';

/** Admin role codes the workflow knows. Super admins may do everything ITD11 may. */
export const ROLE_CODES = { editor: 'dsh-redaktion', approver: 'dsh-itd11', superAdmin: 'strapi-super-admin' } as const;

export interface Actor {
  kind: 'user' | 'token' | 'public' | 'system';
  id?: number;
  name: string;
  email?: string;
  /** May decide on reviews, publish approved versions, unpublish and delete live content. */
  approver: boolean;
  /**
   * Publishes without a review: only declared operator jobs (the demo seed, a catalogue import
   * run with --publish by an operator, the scheduler publishing what ITD11 approved).
   */
  operatorJob: boolean;
}

const declared = new AsyncLocalStorage<Actor>();

/** Runs `fn` as a named operator job; its publishes are recorded in the audit trail under `name`. */
export function asOperatorJob<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return declared.run({ kind: 'system', name, approver: true, operatorJob: true }, fn);
}

/** Runs `fn` on behalf of a person (the scheduler publishes for the approver who scheduled). */
export function asActor<T>(actor: Actor, fn: () => Promise<T>): Promise<T> {
  return declared.run(actor, fn);
}

interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string;
  roles?: { code?: string }[];
}

export function isApprover(user: { roles?: { code?: string }[] }): boolean {
  return (user.roles ?? []).some((r) => r.code === ROLE_CODES.approver || r.code === ROLE_CODES.superAdmin);
}

export function adminActor(user: AdminUser): Actor {
  const name = [user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || user.email || `Nutzer ${user.id}`;
  return { kind: 'user', id: user.id, name, email: user.email, approver: isApprover(user), operatorJob: false };
}

/**
 * Who is writing: a declared job, else the request's admin user or API token, else code running
 * inside the CMS without a request (a script or the console), which gets no special rights.
 */
export function currentActor(strapi: Core.Strapi): Actor {
  const job = declared.getStore();
  if (job) return job;
  const ctx = strapi.requestContext.get() as
    | { state?: { user?: AdminUser; auth?: { strategy?: { name?: string }; credentials?: { name?: string } } } }
    | undefined;
  const strategy = ctx?.state?.auth?.strategy?.name;
  if (ctx?.state?.user && strategy === 'admin') return adminActor(ctx.state.user);
  if (strategy === 'api-token') return { kind: 'token', name: `API-Token „${ctx?.state?.auth?.credentials?.name ?? '?'}“`, approver: false, operatorJob: false };
  if (ctx) return { kind: 'public', name: 'Öffentliche API', approver: false, operatorJob: false };
  return { kind: 'system', name: 'CMS-Prozess', approver: false, operatorJob: false };
}
