import { useCallback, useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

import { z } from 'zod';

// The server's types (type imports only: nothing of the server is bundled). Its answers are
// parsed with the schemas below, each checked against the server's type when this compiles.
import type { FieldChange } from '../../lib/review/diff';
import type { OutboxBacklog, PublishToLive } from '../../lib/ops';
import type { QueueItem, Status as ServerStatus, WorkflowState } from '../../lib/review/workflow';

export type { FieldChange, QueueItem, WorkflowState };

const when = z.string().nullable();
const workflowState = z.enum(['draft', 'in_review', 'changes_requested', 'approved', 'published']) satisfies z.ZodType<WorkflowState>;

/** GET /dsh-review/queue */
export const QueueAnswer = z.object({
  data: z.array(
    z.object({
      uid: z.string(),
      documentId: z.string(),
      locale: z.string(),
      title: z.string(),
      state: z.enum(['in_review', 'approved']),
      submittedBy: z.string().nullable(),
      submittedAt: when,
      publishAt: when,
    }) satisfies z.ZodType<QueueItem>,
  ),
});

const AuditEntry = z.object({ id: z.number(), action: z.string(), actor: z.string(), comment: z.string().nullable(), at: z.string(), targetLocale: z.string().nullable() });
export type AuditEntry = z.infer<typeof AuditEntry>;

/** The workflow status as the review actions answer it. */
const StatusCore = z.object({
  state: workflowState,
  title: z.string(),
  modified: z.boolean(),
  live: z.boolean(),
  review: z.object({ submittedBy: z.string().nullable(), submittedAt: when, decidedBy: z.string().nullable(), decidedAt: when, comment: z.string().nullable(), publishAt: when }).nullable(),
  stale: z.boolean(),
  versionHash: z.string(),
  changes: z.array(
    z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string(), internal: z.boolean(), shared: z.boolean(), details: z.array(z.string()) }) satisfies z.ZodType<FieldChange>,
  ),
}) satisfies z.ZodType<Omit<ServerStatus, 'review'> & { review: Pick<NonNullable<ServerStatus['review']>, 'submittedBy' | 'submittedAt' | 'decidedBy' | 'decidedAt' | 'comment' | 'publishAt'> | null }>;
/** POST /dsh-review/<action> */
export const DecisionAnswer = z.object({ data: StatusCore });
/** GET /dsh-review/status: the workflow status with the document's trail and the viewer's rights. */
export const StatusAnswer = z.object({ data: StatusCore.extend({ canDecide: z.boolean(), history: z.array(AuditEntry) }) });
export type Status = z.infer<typeof StatusAnswer>['data'];

/** GET /dsh-ops/status */
export const OpsAnswer = z.object({
  data: z.object({
    checkedAt: z.string(),
    search: z.boolean(),
    outbox: z.object({ pending: z.number(), failed: z.number(), oldestPendingSeconds: z.number() }).nullable() satisfies z.ZodType<OutboxBacklog | null>,
    publishToLive: z.object({
      count: z.number(),
      p50Seconds: z.number().nullable(),
      p95Seconds: z.number().nullable(),
      recent: z.array(z.object({ type: z.string(), documentId: z.string(), title: z.string().nullable(), event: z.string(), seconds: z.number(), deliveredAt: z.string() })),
    }) satisfies z.ZodType<PublishToLive>,
  }),
});
export type OpsStatus = z.infer<typeof OpsAnswer>['data'];

export const stateLabel: Record<WorkflowState, string> = {
  draft: 'Entwurf',
  in_review: 'Zur Prüfung bei ITD11',
  changes_requested: 'Änderungen angefordert',
  approved: 'Freigegeben',
  published: 'Veröffentlicht',
};

export const actionLabel: Record<string, string> = {
  submit: 'eingereicht',
  withdraw: 'zurückgezogen',
  approve: 'freigegeben',
  request_changes: 'Änderungen angefordert',
  schedule: 'geplant',
  publish: 'veröffentlicht',
  unpublish: 'zurückgenommen',
  delete: 'gelöscht',
};

export const typeLabel = (uid: string) => uid.split('.').pop() ?? uid;

export const formatDate = (iso: string | null | undefined) =>
  iso ? new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(iso)) : '';

/** "seit 3 Tagen": how long something has been waiting. */
export function since(iso: string | null | undefined): string {
  if (!iso) return '';
  const minutes = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 60_000));
  const rtf = new Intl.RelativeTimeFormat('de', { numeric: 'auto' });
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  if (minutes < 48 * 60) return rtf.format(-Math.round(minutes / 60), 'hour');
  return rtf.format(-Math.round(minutes / 1440), 'day');
}

type ErrorBody = { response?: { data?: { error?: { message?: string } } }; message?: string };
export const errorMessage = (err: unknown) => (err as ErrorBody)?.response?.data?.error?.message ?? (err as ErrorBody)?.message ?? 'Unbekannter Fehler';

export function useQueue() {
  const { get } = useFetchClient();
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      const res = await get('/dsh-review/queue');
      setItems(QueueAnswer.parse(res.data).data);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [get]);
  useEffect(() => {
    void reload();
    // The queue changes while ITD11 looks at it: refresh every half minute.
    const timer = setInterval(() => void reload(), 30_000);
    return () => clearInterval(timer);
  }, [reload]);
  return { items, error, reload };
}
