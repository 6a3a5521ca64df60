import { useState, type FormEvent } from 'react';
import { NetworkStatus } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { communityPath, faqEntryPath, threadPath } from '../../app/paths';
import type { SearchHitType, SearchQuery as SearchResult } from '../../gql/graphql';
import { FormProblem } from '../../ui/FormProblem';
import { LoadMore } from '../../ui/LoadMore';
import { PageHeading } from '../../ui/PageHeading';
import { problemOf } from '../../ui/problems';
import { SelectField } from '../../ui/SelectField';
import { Spinner } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import { useViewer } from '../account/useViewer';
import { SignInToAsk } from '../helpdesk/SignInToAsk';
import { SearchQuery } from './search.operations';
import { Snippet } from './Snippet';

type Hit = SearchResult['search']['edges'][number]['node'];

const TYPES: readonly SearchHitType[] = ['FAQ', 'QUESTION', 'THREAD', 'POST', 'COMMUNITY'];
/** What the hub lets a signed-out visitor search: the FAQ and the solved questions with their messages. */
const PUBLIC_TYPES: readonly SearchHitType[] = ['FAQ', 'QUESTION', 'POST'];
const PAGE_SIZE = 20;

function isHitType(value: string | null, types: readonly SearchHitType[]): value is SearchHitType {
  return value !== null && (types as readonly string[]).includes(value);
}

function hitPath(hit: Hit): string {
  switch (hit.type) {
    case 'COMMUNITY':
      return communityPath(hit.communitySlug ?? '');
    case 'FAQ':
      return faqEntryPath(hit.id);
    case 'POST':
      return threadPath(hit.threadId ?? '', hit.id);
    case 'THREAD':
    case 'QUESTION':
      return threadPath(hit.threadId ?? hit.id);
  }
}

/**
 * Search in Italian across FAQ, questions, discussions, messages and communities; the address
 * keeps the search. Signed out, across the FAQ and the solved questions only.
 */
export default function SearchPage() {
  const { viewer, loading } = useViewer();
  if (loading) return <Spinner />;
  return <Search types={viewer ? TYPES : PUBLIC_TYPES} signedIn={!!viewer} />;
}

function Search({ types, signedIn }: { types: readonly SearchHitType[]; signedIn: boolean }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = params.get('q')?.trim() ?? '';
  const tipo = params.get('tipo');
  const type = isHitType(tipo, types) ? tipo : null;
  const [text, setText] = useState(query);
  const [chosenType, setChosenType] = useState<string>(type ?? '');
  // The back button changes the address: the form follows it.
  const [seen, setSeen] = useState({ query, type });
  if (seen.query !== query || seen.type !== type) {
    setSeen({ query, type });
    setText(query);
    setChosenType(type ?? '');
  }
  // Signed out, "everywhere" names the public types: the hub would ask to sign in for the others.
  const searched = type ? [type] : signedIn ? null : [...types];
  const { data, previousData, error, networkStatus, fetchMore } = useQuery(
    SearchQuery,
    query ? { variables: { query, types: searched, first: PAGE_SIZE }, notifyOnNetworkStatusChange: true } : skipToken,
  );
  const results = query ? (data ?? previousData)?.search : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (text.trim()) next.set('q', text.trim());
    if (chosenType) next.set('tipo', chosenType);
    setParams(next);
  };

  return (
    <>
      <PageHeading title={t('search.title')}>{t('search.heading')}</PageHeading>
      <p className="lead">{signedIn ? t('search.intro') : t('publicKnowledge.searchIntro')}</p>
      <form role="search" className="row g-4 align-items-start" onSubmit={submit}>
        <div className="col-lg-6">
          <TextField id="search-query" label={t('search.query')} hint={t('search.queryHint')} type="search" maxLength={200} value={text} onChange={setText} />
        </div>
        <div className="col-md-6 col-lg-3">
          <SelectField id="search-type" label={t('search.type')} value={chosenType} onChange={setChosenType}>
            <option value="">{t('search.allTypes')}</option>
            {types.map((option) => (
              <option key={option} value={option}>
                {t(`search.filters.${option}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="col-md-6 col-lg-3">
          <button type="submit" className="btn btn-primary cantiere-field cantiere-search-button">
            {t('search.submit')}
          </button>
        </div>
      </form>
      <section aria-labelledby="search-count" className="mt-3">
        <h2 id="search-count" className="h4">
          <span role="status">{results ? t('search.count', { count: results.totalCount, query }) : ''}</span>
        </h2>
        {query && !results && !error && <Spinner />}
        {error && !results && <FormProblem problem={problemOf(error)} />}
        {results && results.totalCount === 0 && <p>{t('search.empty')}</p>}
        {results && results.edges.length > 0 && (
          <ol className="cantiere-threads" data-testid="search-results" aria-busy={!data}>
            {results.edges.map(({ node: hit }) => (
              <li key={`${hit.type}-${hit.id}`} className="cantiere-thread">
                <span className="cantiere-badge">{t(`search.types.${hit.type}`)}</span>
                <h3 className="h5 mt-1 mb-1">
                  <Link to={hitPath(hit)}>{hit.type === 'POST' ? t('search.postIn', { title: hit.title }) : hit.title}</Link>
                </h3>
                <p className="mb-0 cantiere-snippet">
                  <Snippet snippet={hit.snippet} />
                </p>
              </li>
            ))}
          </ol>
        )}
        {results && (
          <LoadMore
            shown={results.edges.length}
            total={results.totalCount}
            hasMore={results.pageInfo.hasNextPage}
            loading={networkStatus === NetworkStatus.fetchMore}
            onLoadMore={() => void fetchMore({ variables: { after: results.pageInfo.endCursor } })}
            label={t('search.loadMore')}
          />
        )}
      </section>
      {!signedIn && <SignInToAsk />}
    </>
  );
}
