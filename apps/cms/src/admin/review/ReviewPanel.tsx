import { useCallback, useEffect, useState } from 'react';
import { Badge, Box, Button, Field, Flex, Textarea, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { actionLabel, DecisionAnswer, errorMessage, formatDate, stateLabel, StatusAnswer, type Status, type WorkflowState } from './api';

const badgeColor: Record<WorkflowState, { background: string; text: string }> = {
  draft: { background: 'neutral150', text: 'neutral700' },
  in_review: { background: 'warning100', text: 'warning700' },
  changes_requested: { background: 'danger100', text: 'danger700' },
  approved: { background: 'success100', text: 'success700' },
  published: { background: 'primary100', text: 'primary700' },
};

interface Props {
  model: string;
  documentId?: string;
  document?: { locale?: string | null; updatedAt?: string | null } | null;
}

/** The review box in the edit view: state, the diff against the live version, the actions, the trail. */
export function ReviewBox({ model, documentId, document }: Props) {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [status, setStatus] = useState<Status | null>(null);
  const [comment, setComment] = useState('');
  const [publishAt, setPublishAt] = useState('');
  const [busy, setBusy] = useState(false);
  const locale = document?.locale ?? 'de';
  const target = { uid: model, documentId, locale };

  const load = useCallback(async () => {
    if (!documentId) return;
    try {
      const res = await get(`/dsh-review/status?uid=${encodeURIComponent(model)}&documentId=${documentId}&locale=${locale}`);
      setStatus(StatusAnswer.parse(res.data).data);
    } catch {
      setStatus(null);
    }
  }, [get, model, documentId, locale]);

  // Saving the form changes updatedAt: the state (and the diff) follow the draft.
  useEffect(() => {
    void load();
  }, [load, document?.updatedAt]);

  if (!documentId) return <Typography variant="pi">Nach dem ersten Speichern kann der Entwurf zur Prüfung eingereicht werden.</Typography>;
  if (!status) return <Typography variant="pi">Freigabestatus wird geladen …</Typography>;

  const act = async (action: string, body: Record<string, unknown> = {}, done = 'Erledigt') => {
    setBusy(true);
    try {
      // ITD11's decisions name the version this panel shows: changed since, the CMS answers
      // 409. The editor submits the draft as saved (the form's save comes just before).
      const decides = action !== 'submit' && action !== 'withdraw';
      const res = await post(`/dsh-review/${action}`, { ...target, ...(decides ? { versionHash: status.versionHash } : {}), ...body });
      setStatus({ ...status, ...DecisionAnswer.parse(res.data).data });
      setComment('');
      toggleNotification({ type: 'success', message: done });
      await load();
    } catch (err) {
      toggleNotification({ type: 'danger', message: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  const { state, review, canDecide, changes } = status;
  const colors = badgeColor[state];
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <Flex gap={2} wrap="wrap">
        <Badge backgroundColor={colors.background} textColor={colors.text}>
          {stateLabel[state]}
        </Badge>
        {status.stale && state === 'draft' ? <Typography variant="pi">nach dem Einreichen geändert</Typography> : null}
      </Flex>
      {review?.submittedBy ? (
        <Typography variant="pi">
          Eingereicht von {review.submittedBy}, {formatDate(review.submittedAt)}
        </Typography>
      ) : null}
      {review?.decidedBy && review.comment ? (
        <Box background="neutral100" padding={2} hasRadius>
          <Typography variant="pi" fontWeight="bold">
            {review.decidedBy}:
          </Typography>{' '}
          <Typography variant="pi">{review.comment}</Typography>
        </Box>
      ) : null}
      {review?.publishAt ? <Typography variant="pi">Veröffentlichung geplant: {formatDate(review.publishAt)}</Typography> : null}

      {changes.length && state !== 'published' ? (
        <Box>
          <Typography variant="sigma" tag="h3">
            {status.live ? 'Änderungen gegenüber der veröffentlichten Fassung' : 'Neu (noch nichts veröffentlicht)'}
          </Typography>
          <Box tag="dl" paddingTop={1}>
            {changes.map((c) => (
              <Box key={c.field} paddingTop={2}>
                <Typography tag="dt" variant="pi" fontWeight="bold">
                  {c.label}
                  {c.internal ? ' (intern, nie öffentlich)' : ''}
                  {c.shared ? ' (gilt für alle Sprachen)' : ''}
                </Typography>
                <Box tag="dd" margin={0}>
                  {c.details.length ? (
                    <Box tag="ul" paddingBottom={1} style={{ paddingLeft: '1.2em' }}>
                      {c.details.map((d) => (
                        <Typography key={d} tag="li" variant="pi" style={{ display: 'list-item' }}>
                          {d}
                        </Typography>
                      ))}
                    </Box>
                  ) : null}
                  {status.live ? (
                    <Typography variant="pi" tag="del" textColor="danger600" style={{ display: 'block', whiteSpace: 'pre-wrap' }}>
                      {c.before || '(leer)'}
                    </Typography>
                  ) : null}
                  <Typography variant="pi" tag="ins" textColor="success600" style={{ display: 'block', whiteSpace: 'pre-wrap', textDecoration: 'none' }}>
                    {c.after || '(leer)'}
                  </Typography>
                </Box>
              </Box>
            ))}
          </Box>
        </Box>
      ) : null}

      {(state === 'draft' || state === 'changes_requested') && status.modified ? (
        <Button disabled={busy} onClick={() => act('submit', {}, 'Zur Prüfung bei ITD11 eingereicht')}>
          Zur Prüfung einreichen
        </Button>
      ) : null}
      {state === 'in_review' ? (
        <Button variant="tertiary" disabled={busy} onClick={() => act('withdraw', {}, 'Einreichung zurückgezogen')}>
          Einreichung zurückziehen
        </Button>
      ) : null}

      {canDecide && state === 'in_review' ? (
        <>
          <Field.Root name="review-comment" hint="Pflicht bei „Änderungen anfordern“; wird der Redaktion angezeigt.">
            <Field.Label>Kommentar für die Redaktion</Field.Label>
            <Textarea value={comment} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setComment(e.target.value)} />
            <Field.Hint />
          </Field.Root>
          <Button variant="success" disabled={busy} onClick={() => act('approve', { comment: comment || undefined }, 'Freigegeben')}>
            Freigeben
          </Button>
          <Button variant="danger-light" disabled={busy || comment.trim().length < 3} onClick={() => act('request-changes', { comment }, 'Änderungen angefordert')}>
            Änderungen anfordern
          </Button>
        </>
      ) : null}
      {canDecide && state === 'approved' ? (
        <>
          <Button variant="default" disabled={busy} onClick={() => act('publish', {}, 'Veröffentlicht')}>
            Jetzt veröffentlichen
          </Button>
          <Field.Root name="review-publish-at" hint="Ortszeit; die Seite ist spätestens 30 Sekunden danach online.">
            <Field.Label>Veröffentlichen am</Field.Label>
            <TextInput type="datetime-local" value={publishAt} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setPublishAt(e.target.value)} />
            <Field.Hint />
          </Field.Root>
          <Button variant="secondary" disabled={busy || !publishAt} onClick={() => act('schedule', { publishAt: new Date(publishAt).toISOString() }, 'Veröffentlichung geplant')}>
            Planen
          </Button>
        </>
      ) : null}

      {status.history.length ? (
        <Box>
          <Typography variant="sigma" tag="h3">
            Verlauf
          </Typography>
          <Box tag="ol" paddingTop={1} style={{ listStyle: 'none', padding: 0 }}>
            {status.history.slice(0, 8).map((h) => (
              <Box tag="li" key={h.id} paddingTop={1}>
                <Typography variant="pi">
                  {formatDate(h.at)} · {h.actor} · {actionLabel[h.action] ?? h.action}
                  {h.targetLocale && h.targetLocale !== locale ? ` (${h.targetLocale})` : ''}
                  {h.comment ? ` – „${h.comment}“` : ''}
                </Typography>
              </Box>
            ))}
          </Box>
        </Box>
      ) : null}
    </Flex>
  );
}

/** The content manager calls this for every edit view; types without drafts get no panel. */
export const ReviewPanel = (props: Props & { collectionType?: string }) => {
  if (!props.model.startsWith('api::')) return null;
  return { title: 'Freigabe (ITD11)', content: <ReviewBox {...props} /> };
};
