import { useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ASK_PATH, faqEntryPath } from '../../app/paths';
import { FormProblem } from '../../ui/FormProblem';
import { LoadMore } from '../../ui/LoadMore';
import { PageHeading } from '../../ui/PageHeading';
import { problemOf } from '../../ui/problems';
import { Spinner } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { useViewer } from '../account/useViewer';
import { TagList } from '../threads/ThreadBadges';
import { FaqEntriesQuery } from './helpdesk.operations';
import { SignInToAsk } from './SignInToAsk';

const PAGE_SIZE = 20;

/** The FAQ: open to everyone, signed in or not; signed-out visitors are invited to sign in to ask. */
export default function FaqListPage() {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  const [tagText, setTagText] = useState('');
  const tag = useDebouncedValue(tagText.trim(), 300);
  const { data, previousData, error, networkStatus, fetchMore } = useQuery(FaqEntriesQuery, {
    variables: { tag: tag || null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const entries = (data ?? previousData)?.faqEntries;

  return (
    <>
      <PageHeading title={t('faq.heading')} description={t('publicKnowledge.faqDescription')}>
        {t('faq.heading')}
      </PageHeading>
      <p className="lead">{t('faq.intro')}</p>
      <p>
        {t('faq.searchInstead')} <Link to="/cerca">{t('faq.searchLink')}</Link>
        {viewer && (
          <>
            {' · '}
            <Link to={ASK_PATH}>{t('helpDesk.ask')}</Link>
          </>
        )}
      </p>
      {!viewer && !loading && <SignInToAsk />}
      <form role="search" className="cantiere-form" onSubmit={(event) => event.preventDefault()}>
        <TextField id="faq-tag" label={t('faq.tag')} hint={t('faq.tagHint')} autoComplete="off" maxLength={60} value={tagText} onChange={setTagText} />
      </form>
      <p role="status" className="fw-semibold">
        {entries ? t('faq.count', { count: entries.totalCount }) : ''}
      </p>
      {!entries && !error && <Spinner />}
      {error && !entries && <FormProblem problem={problemOf(error)} />}
      {entries && entries.totalCount === 0 && <p>{t('faq.empty')}</p>}
      {entries && entries.edges.length > 0 && (
        <ul className="cantiere-threads">
          {entries.edges.map(({ node: entry }) => (
            <li key={entry.id} className="cantiere-thread">
              <h2 className="h5 mb-1">
                <Link to={faqEntryPath(entry.id)}>{entry.question}</Link>
              </h2>
              <TagList tags={entry.tags} />
            </li>
          ))}
        </ul>
      )}
      {entries && (
        <LoadMore
          shown={entries.edges.length}
          total={entries.totalCount}
          hasMore={entries.pageInfo.hasNextPage}
          loading={networkStatus === NetworkStatus.fetchMore}
          onLoadMore={() => void fetchMore({ variables: { after: entries.pageInfo.endCursor } })}
          label={t('faq.loadMore')}
        />
      )}
    </>
  );
}
