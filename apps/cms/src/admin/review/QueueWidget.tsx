import { Box, Flex, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import { since, useQueue } from './api';

/** On the admin home page: how many versions wait for ITD11, and the oldest ones. */
export const QueueWidget = () => {
  const { items } = useQueue();
  if (!items) return <Typography>wird geladen …</Typography>;
  const waiting = items.filter((i) => i.state === 'in_review');
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="alpha" tag="p">
        {waiting.length}
      </Typography>
      <Typography>{waiting.length === 1 ? 'Fassung wartet auf Freigabe' : 'Fassungen warten auf Freigabe'}</Typography>
      <Box tag="ul" style={{ listStyle: 'none', padding: 0 }}>
        {waiting.slice(0, 5).map((i) => (
          <Box tag="li" key={`${i.uid}:${i.documentId}:${i.locale}`} paddingTop={1}>
            <Link to={`/content-manager/collection-types/${i.uid}/${i.documentId}?plugins[i18n][locale]=${i.locale}`}>{i.title}</Link>{' '}
            <Typography variant="pi">({i.submittedBy}, {since(i.submittedAt)})</Typography>
          </Box>
        ))}
      </Box>
    </Flex>
  );
};
