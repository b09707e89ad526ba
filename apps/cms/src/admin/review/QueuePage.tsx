import { Badge, Box, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { formatDate, since, stateLabel, typeLabel, useQueue } from './api';
import { OpsBox } from './OpsBox';

/** ITD11's review queue: what waits, since when, by whom, oldest first. */
const QueuePage = () => {
  const { items, error } = useQueue();
  const waiting = items?.filter((i) => i.state === 'in_review').length ?? 0;
  return (
    <Page.Main>
      <Page.Title>Freigabe</Page.Title>
      <Layouts.Header
        title="Freigabe-Warteschlange"
        subtitle={items ? `${waiting} ${waiting === 1 ? 'Fassung wartet' : 'Fassungen warten'} auf ITD11` : 'wird geladen …'}
        secondaryAction={<Badge aria-label={`${waiting} wartend`}>{waiting}</Badge>}
      />
      <Layouts.Content>
        <OpsBox />
        {error ? <Typography textColor="danger600">{error}</Typography> : null}
        {items && !items.length ? (
          <Box padding={8} background="neutral0" hasRadius>
            <Typography>Nichts wartet auf eine Entscheidung.</Typography>
          </Box>
        ) : null}
        {items?.length ? (
          <Table colCount={6} rowCount={items.length + 1}>
            <Thead>
              <Tr>
                <Th><Typography variant="sigma">Titel</Typography></Th>
                <Th><Typography variant="sigma">Typ</Typography></Th>
                <Th><Typography variant="sigma">Sprache</Typography></Th>
                <Th><Typography variant="sigma">Status</Typography></Th>
                <Th><Typography variant="sigma">Eingereicht von</Typography></Th>
                <Th><Typography variant="sigma">Wartet seit</Typography></Th>
              </Tr>
            </Thead>
            <Tbody>
              {items.map((i) => (
                <Tr key={`${i.uid}:${i.documentId}:${i.locale}`}>
                  <Td>
                    <Link to={`/content-manager/collection-types/${i.uid}/${i.documentId}?plugins[i18n][locale]=${i.locale}`}>{i.title}</Link>
                  </Td>
                  <Td><Typography>{typeLabel(i.uid)}</Typography></Td>
                  <Td><Typography>{i.locale}</Typography></Td>
                  <Td>
                    <Flex direction="column" alignItems="flex-start">
                      <Typography>{stateLabel[i.state]}</Typography>
                      {i.publishAt ? <Typography variant="pi">geplant: {formatDate(i.publishAt)}</Typography> : null}
                    </Flex>
                  </Td>
                  <Td><Typography>{i.submittedBy ?? ''}</Typography></Td>
                  <Td>
                    <Typography title={formatDate(i.submittedAt)}>{since(i.submittedAt)}</Typography>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
};

export default QueuePage;
