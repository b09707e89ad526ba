import { useCallback, useEffect, useId, useState } from 'react';
import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { z } from 'zod';
import type { ReportLine, SearchReport } from '../../lib/search-analytics';
import { errorMessage } from '../review/api';

const Line = z.object({
  query: z.string(),
  site: z.string(),
  language: z.string(),
  searches: z.number(),
  zeroResults: z.number(),
  clicks: z.number(),
  clickRate: z.number(),
  topPositions: z.array(z.object({ position: z.number(), clicks: z.number() })),
}) satisfies z.ZodType<ReportLine>;
const ReportAnswer = z.object({
  data: z.object({
    week: z.string(),
    weeks: z.array(z.string()),
    totals: z.object({ searches: z.number(), zeroResults: z.number(), clicks: z.number(), queries: z.number() }),
    top: z.array(Line),
    zeroResults: z.array(Line),
    noClicks: z.array(Line),
  }) satisfies z.ZodType<SearchReport>,
});
const SuggestionAnswer = z.object({ data: z.object({ documentId: z.string(), line: z.string(), state: z.string() }) });

const siteLabel: Record<string, string> = { digital: 'Digitale Stadt', service: 'Service', };
const percent = (n: number) => new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 0 }).format(n);
const count = (n: number) => new Intl.NumberFormat('de-DE').format(n);
const VOCABULARY_LINK = '/content-manager/single-types/api::search-vocabulary.search-vocabulary';

/** The one open form: which table's row, which query, which kind. */
type Mode = { row: string; query: string; kind: 'synonym' | 'bestBet' } | null;

/** One step from a query to a synonym or a best bet: the line goes to the dictionary's draft and to ITD11's review. */
function SuggestionForm({ mode, onDone, onCancel }: { mode: NonNullable<Mode>; onDone: (message: string) => void; onCancel: () => void }) {
  const { post } = useFetchClient();
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const synonym = mode.kind === 'synonym';
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      const body = synonym ? { kind: 'synonym', query: mode.query, meaning: value } : { kind: 'bestBet', query: mode.query, path: value };
      const res = SuggestionAnswer.parse((await post('/dsh-search/suggestion', body)).data);
      onDone(`„${res.data.line}“ steht im Entwurf der Suchbegriffe und ist zur Freigabe eingereicht.`);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box padding={4} background="neutral100" hasRadius marginTop={2}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Field.Root id={id} error={error ?? undefined} hint={synonym ? 'Der Begriff, den der Katalog verwendet, z. B. „personalausweis“.' : 'Der Pfad der Seite auf der Website, z. B. /services/personalausweis-beantragen. Die Seite muss veröffentlicht sein.'}>
            <Field.Label>{synonym ? `„${mode.query}“ bedeutet` : `Für „${mode.query}“ empfohlene Seite`}</Field.Label>
            <TextInput value={value} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setValue(e.target.value)} autoFocus />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
          <Flex gap={2}>
            <Button type="submit" loading={busy} disabled={!value.trim()}>
              In den Entwurf übernehmen und zur Freigabe einreichen
            </Button>
            <Button type="button" variant="tertiary" onClick={onCancel}>
              Abbrechen
            </Button>
          </Flex>
        </Flex>
      </form>
    </Box>
  );
}

function LineTable({ caption, lines, empty, mode, setMode, onDone }: { caption: string; lines: ReportLine[]; empty: string; mode: Mode; setMode: (m: Mode) => void; onDone: (message: string) => void }) {
  return (
    <Box marginBottom={8}>
      <Box marginBottom={2}>
        <Typography variant="delta" tag="h2">{caption}</Typography>
      </Box>
      {!lines.length ? (
        <Box padding={4} background="neutral0" hasRadius>
          <Typography>{empty}</Typography>
        </Box>
      ) : (
        <Table colCount={6} rowCount={lines.length + 1}>
          <Thead>
            <Tr>
              <Th><Typography variant="sigma">Suchanfrage</Typography></Th>
              <Th><Typography variant="sigma">Website, Sprache</Typography></Th>
              <Th><Typography variant="sigma">Suchen</Typography></Th>
              <Th><Typography variant="sigma">Ohne Treffer</Typography></Th>
              <Th><Typography variant="sigma">Geöffnet</Typography></Th>
              <Th><Typography variant="sigma">Aktion</Typography></Th>
            </Tr>
          </Thead>
          <Tbody>
            {lines.map((l) => {
              const row = `${caption}:${l.site}:${l.language}:${l.query}`;
              const open = mode?.row === row ? mode : null;
              return (
                <Tr key={row}>
                  <Td>
                    <Typography fontWeight="semiBold">{l.query}</Typography>
                    {open ? <SuggestionForm mode={open} onCancel={() => setMode(null)} onDone={(m) => { setMode(null); onDone(m); }} /> : null}
                  </Td>
                  <Td><Typography>{siteLabel[l.site] ?? l.site}, {l.language}</Typography></Td>
                  <Td><Typography>{count(l.searches)}</Typography></Td>
                  <Td><Typography>{count(l.zeroResults)}</Typography></Td>
                  <Td>
                    <Typography>{count(l.clicks)} ({percent(l.clickRate)})</Typography>
                    {l.topPositions.length ? <Typography variant="pi" tag="p">meist Platz {l.topPositions.map((p) => p.position).join(', ')}</Typography> : null}
                  </Td>
                  <Td>
                    <Flex gap={2} wrap="wrap">
                      <Button size="S" variant="secondary" onClick={() => setMode({ row, query: l.query, kind: 'synonym' })} aria-label={`Synonym für „${l.query}“ anlegen`}>Synonym</Button>
                      <Button size="S" variant="secondary" onClick={() => setMode({ row, query: l.query, kind: 'bestBet' })} aria-label={`Empfehlung für „${l.query}“ anlegen`}>Empfehlung</Button>
                    </Flex>
                  </Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      )}
    </Box>
  );
}

/** ITD11's search analytics: per week what is searched, what finds nothing, what nobody opens. */
const AnalyticsPage = () => {
  const { get } = useFetchClient();
  const [week, setWeek] = useState<string | undefined>(undefined);
  const [report, setReport] = useState<SearchReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>(null);
  const [contains, setContains] = useState('');
  const load = useCallback(async () => {
    try {
      const params = new URLSearchParams({ ...(week ? { week } : {}), ...(contains.trim() ? { contains: contains.trim() } : {}) });
      const res = await get(`/dsh-search/report${params.size ? `?${params}` : ''}`);
      setReport(ReportAnswer.parse(res.data).data);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [get, week, contains]);
  useEffect(() => {
    void load();
  }, [load]);
  const t = report?.totals;
  return (
    <Page.Main>
      <Page.Title>Suchanalyse</Page.Title>
      <Layouts.Header
        title="Suchanalyse"
        subtitle={t ? `Woche ${report.week}: ${count(t.searches)} Suchen, ${count(t.queries)} verschiedene Anfragen, ${percent(t.searches ? t.zeroResults / t.searches : 0)} ohne Treffer` : 'wird geladen …'}
      />
      <Layouts.Content>
        <Box marginBottom={6}>
          <Typography tag="p">
            Gezählt werden Suchanfragen, wie die Suche sie liest, ohne IP-Adresse, ohne Nutzerkennung und nur je Kalenderwoche. Anfragen mit vier oder mehr Ziffern oder einem @ werden nicht erfasst, weil sie persönliche Daten enthalten können.
            Synonyme und Empfehlungen landen im Entwurf der <Link to={VOCABULARY_LINK}>Suchbegriffe</Link> und gehen erst nach der Freigabe live.
          </Typography>
        </Box>
        {report ? (
          <Flex marginBottom={6} gap={4} alignItems="flex-start">
            <Box width="14rem">
              <Field.Root id="week">
                <Field.Label>Kalenderwoche</Field.Label>
                <SingleSelect value={report.week} onChange={(v: string | number) => setWeek(String(v))}>
                  {report.weeks.map((w) => (
                    <SingleSelectOption key={w} value={w}>{w}</SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            </Box>
            <Box width="20rem">
              <Field.Root id="contains" hint="Zeigt nur Suchanfragen, die dieses Wort enthalten.">
                <Field.Label>Suchanfragen filtern</Field.Label>
                <TextInput type="search" value={contains} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setContains(e.target.value)} />
                <Field.Hint />
              </Field.Root>
            </Box>
          </Flex>
        ) : null}
        {error ? <Typography textColor="danger600" role="alert">{error}</Typography> : null}
        {notice ? (
          <Box padding={4} marginBottom={6} background="success100" hasRadius>
            <Typography role="status">{notice}</Typography>
          </Box>
        ) : null}
        {report ? (
          <>
            <LineTable caption="Ohne Treffer" lines={report.zeroResults} empty="Diese Woche blieb keine Suche ohne Treffer." mode={mode} setMode={setMode} onDone={setNotice} />
            <LineTable caption="Gefunden, aber nichts geöffnet" lines={report.noClicks} empty="Diese Woche wurde zu jeder Suche mit Treffern etwas geöffnet." mode={mode} setMode={setMode} onDone={setNotice} />
            <LineTable caption="Häufigste Suchanfragen" lines={report.top} empty="Diese Woche wurde noch nicht gesucht." mode={mode} setMode={setMode} onDone={setNotice} />
          </>
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
};

export default AnalyticsPage;
