import { useEffect, useRef, useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SizeBand } from '../../gql/graphql';
import { formatNumber } from '../../ui/format';
import { FormProblem } from '../../ui/FormProblem';
import { PageHeading } from '../../ui/PageHeading';
import { problemOf } from '../../ui/problems';
import { Spinner } from '../../ui/Spinner';
import { DirectoryFilters } from './DirectoryFilters';
import { MunicipalityDirectoryQuery } from './municipalities.operations';
import { useDirectoryFilters } from './useDirectoryFilters';

const PAGE_SIZE = 20;

export default function DirectoryPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'it';
  const { filters, text, changeText, submitText, update, reset } = useDirectoryFilters();
  const { data, previousData, error, networkStatus, fetchMore } = useQuery(MunicipalityDirectoryQuery, {
    variables: {
      search: filters.search || null,
      province: filters.province || null,
      sizeBand: filters.sizeBand,
      first: PAGE_SIZE,
    },
    notifyOnNetworkStatusChange: true,
  });
  const shown = (data ?? previousData)?.municipalities;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const list = useRef<HTMLUListElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  useEffect(() => {
    // After "Carica altri", continue from the first new comune rather than from the button.
    if (focusIndex === null) return;
    const link = list.current?.querySelectorAll('a')[focusIndex];
    if (link) {
      link.focus();
      setFocusIndex(null);
    }
  }, [focusIndex, data]);

  const loadMore = async () => {
    if (!shown?.pageInfo.endCursor) return;
    const alreadyShown = shown.edges.length;
    await fetchMore({ variables: { after: shown.pageInfo.endCursor } });
    setFocusIndex(alreadyShown);
  };

  return (
    <>
      <PageHeading title={t('directory.title')}>{t('directory.heading')}</PageHeading>
      <p className="lead mb-5">{t('directory.intro')}</p>
      <DirectoryFilters
        text={text}
        onTextChange={changeText}
        onSubmit={submitText}
        province={filters.province}
        onProvinceChange={(province) => update({ provincia: province })}
        sizeBand={filters.sizeBand}
        onSizeBandChange={(sizeBand: SizeBand | null) => update({ fascia: sizeBand })}
        onReset={reset}
      />
      <section aria-labelledby="directory-count" className="mt-3">
        <h2 id="directory-count" className="h4" role="status" data-testid="directory-count">
          {shown ? t('directory.count', { count: shown.totalCount, formatted: formatNumber(shown.totalCount, language) }) : ''}
        </h2>
        {error && !shown && <FormProblem problem={problemOf(error)} />}
        {!shown && !error && <Spinner />}
        {shown && shown.totalCount === 0 && <p>{t('directory.empty')}</p>}
        {shown && shown.edges.length > 0 && (
          <ul ref={list} className="cantiere-results" aria-busy={!data}>
            {shown.edges.map(({ node }) => (
              <li key={node.istatCode}>
                <Link to={`/comuni/${node.istatCode}`}>
                  <span className="cantiere-result-name">{node.name}</span>
                  <span className="cantiere-result-line">
                    {t('directory.resultLine', {
                      provinceName: node.provinceName,
                      province: node.province,
                      population: formatNumber(node.population, language),
                    })}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        {shown && shown.edges.length > 0 && (
          <div className="d-flex flex-wrap align-items-center gap-3 mt-4">
            {shown.edges.length < shown.totalCount && (
              <span>
              {t('directory.shown', {
                shown: formatNumber(shown.edges.length, language),
                total: formatNumber(shown.totalCount, language),
              })}
              </span>
            )}
            {shown.pageInfo.hasNextPage && (
              <button type="button" className="btn btn-outline-primary" onClick={loadMore} disabled={loadingMore}>
                {loadingMore ? t('directory.loadingMore') : t('directory.loadMore')}
              </button>
            )}
          </div>
        )}
        {error && shown && <FormProblem problem={problemOf(error)} />}
        <p className="cantiere-source mt-4">{t('directory.source')}</p>
      </section>
    </>
  );
}
