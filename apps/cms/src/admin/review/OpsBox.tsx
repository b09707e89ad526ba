import { Fragment, useCallback, useEffect, useState } from 'react';
import { Box, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';

import { errorMessage, formatDate, OpsAnswer, typeLabel, type OpsStatus } from './api';

const eventLabel: Record<string, string> = { publish: 'veröffentlicht', unpublish: 'zurückgenommen', delete: 'gelöscht' };

const secondsText = (s: number | null) => (s === null ? 'keine Daten' : `${s.toLocaleString('de-DE', { maximumFractionDigits: 1 })} s`);

function ageText(s: number): string {
  if (s < 120) return `${Math.round(s)} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  return `${Math.round(s / 3600)} h`;
}

type ErrorBody = { response?: { status?: number } };

/**
 * "Betrieb": whether published changes reach the sites, for ITD11 above the review queue.
 * Every state is said in words (never by colour alone); figures are a description list.
 */
export function OpsBox() {
  const { get } = useFetchClient();
  const [status, setStatus] = useState<OpsStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [forbidden, setForbidden] = useState(false);
  const load = useCallback(async () => {
    try {
      const res = await get('/dsh-ops/status');
      setStatus(OpsAnswer.parse(res.data).data);
      setError(null);
    } catch (err) {
      // Editors see the queue but not the operations figures: no box, no error.
      if ((err as ErrorBody)?.response?.status === 403) setForbidden(true);
      else setError(errorMessage(err));
    }
  }, [get]);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 30_000);
    return () => clearInterval(timer);
  }, [load]);

  if (forbidden) return null;
  const outbox = status?.outbox;
  const live = status?.publishToLive;
  const rows: [string, string][] = status
    ? [
        ['Suche', status.search ? 'erreichbar' : 'nicht erreichbar – Änderungen warten in der Warteschlange'],
        ['Ausstehende Änderungen', outbox ? String(outbox.pending) : 'unbekannt'],
        ['Davon mit Fehlversuch', outbox ? String(outbox.failed) : 'unbekannt'],
        ['Älteste wartet seit', outbox ? (outbox.pending ? ageText(outbox.oldestPendingSeconds) : '–') : 'unbekannt'],
        ['Bis live (Median)', secondsText(live?.p50Seconds ?? null)],
        ['Bis live (95 %)', secondsText(live?.p95Seconds ?? null)],
      ]
    : [];

  return (
    <Box tag="section" aria-labelledby="dsh-ops-title" padding={6} marginBottom={6} background="neutral0" hasRadius shadow="tableShadow">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography id="dsh-ops-title" tag="h2" variant="delta">
          Betrieb: Veröffentlichung bis zur Website
        </Typography>
        {error ? <Typography textColor="danger600">Status nicht abrufbar: {error}</Typography> : null}
        {!status && !error ? <Typography>wird geladen …</Typography> : null}
        {status ? (
          <>
            <Box tag="dl" style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: '1.5rem', rowGap: '0.5rem', margin: 0 }}>
              {rows.map(([term, value]) => (
                <Fragment key={term}>
                  <Typography tag="dt" fontWeight="bold">{term}</Typography>
                  <Typography tag="dd" style={{ margin: 0 }}>{value}</Typography>
                </Fragment>
              ))}
            </Box>
            <Typography variant="pi" textColor="neutral600">
              Zeit von der Veröffentlichung bis Suche und Seiten aktualisiert sind, über die letzten {live?.count ?? 0} Auslieferungen; Stand {formatDate(status.checkedAt)}.
            </Typography>
            {live?.recent.length ? (
              <Table colCount={4} rowCount={live.recent.length + 1}>
                <caption style={{ textAlign: 'left', paddingBottom: '0.5rem' }}>
                  <Typography variant="sigma">Zuletzt ausgeliefert</Typography>
                </caption>
                <Thead>
                  <Tr>
                    <Th><Typography variant="sigma">Inhalt</Typography></Th>
                    <Th><Typography variant="sigma">Typ</Typography></Th>
                    <Th><Typography variant="sigma">Aktion</Typography></Th>
                    <Th><Typography variant="sigma">Bis live</Typography></Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {live.recent.map((r) => (
                    <Tr key={`${r.type}:${r.documentId}:${r.deliveredAt}`}>
                      <Td><Typography>{r.title ?? r.documentId}</Typography></Td>
                      <Td><Typography>{typeLabel(r.type)}</Typography></Td>
                      <Td><Typography>{eventLabel[r.event] ?? r.event}</Typography></Td>
                      <Td><Typography title={formatDate(r.deliveredAt)}>{secondsText(r.seconds)}</Typography></Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            ) : null}
          </>
        ) : null}
      </Flex>
    </Box>
  );
}
