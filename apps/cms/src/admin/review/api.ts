import { useCallback, useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

// The server's types, as its JSON arrives here (type imports only: nothing of the server is bundled).
import type { FieldChange } from '../../lib/review/diff';
import type { QueueItem, Status as ServerStatus, WorkflowState } from '../../lib/review/workflow';

export type { FieldChange, QueueItem, WorkflowState };

export interface AuditEntry {
  id: number;
  action: string;
  actor: string;
  comment: string | null;
  at: string;
  targetLocale: string | null;
}

/** GET /dsh-review/status: the workflow status with the document's trail and the viewer's rights. */
export type Status = Omit<ServerStatus, 'review'> & {
  review: Pick<NonNullable<ServerStatus['review']>, 'submittedBy' | 'submittedAt' | 'decidedBy' | 'decidedAt' | 'comment' | 'publishAt'> | null;
  canDecide: boolean;
  history: AuditEntry[];
};

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
      const res = await get<{ data: QueueItem[] }>('/dsh-review/queue');
      setItems(res.data.data);
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
