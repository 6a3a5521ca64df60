import { useState } from 'react';
import type { TFunction } from 'i18next';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { communityPath } from '../../app/paths';
import type { MemberRole, MembershipStatus } from '../../gql/graphql';
import { formatNumber } from '../../ui/format';
import { FormProblem } from '../../ui/FormProblem';
import { LoadMore } from '../../ui/LoadMore';
import { PageHeading } from '../../ui/PageHeading';
import { markdownExcerpt } from '../../ui/plainText';
import { problemOf } from '../../ui/problems';
import { SelectField } from '../../ui/SelectField';
import { Spinner } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { CommunitiesQuery } from './communities.operations';
import { CommunityBadges } from './CommunityBadges';
import { THEMES } from './themes';

const PAGE_SIZE = 20;

/** Where the viewer stands: member with a role, request pending, invited. */
function membershipLabel(
  t: TFunction,
  membership: { status: MembershipStatus; role: MemberRole } | null,
): string | null {
  if (!membership) return null;
  if (membership.status === 'ACTIVE') return t('communities.membership.ACTIVE', { role: t(`roles.${membership.role}`) });
  return t(`communities.membership.${membership.status}`);
}

export default function CommunityListPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'it';
  const [text, setText] = useState('');
  const [theme, setTheme] = useState('');
  const [mine, setMine] = useState(false);
  const search = useDebouncedValue(text.trim(), 300);
  const { data, previousData, error, networkStatus, fetchMore } = useQuery(CommunitiesQuery, {
    variables: { search: search || null, theme: theme || null, mine: mine || null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const shown = (data ?? previousData)?.communities;

  return (
    <>
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-3">
        <PageHeading title={t('communities.title')}>{t('communities.heading')}</PageHeading>
        <Link to="/nuova-comunita" className="btn btn-primary">
          {t('communities.create')}
        </Link>
      </div>
      <p className="lead mb-5">{t('communities.intro')}</p>
      <form role="search" className="row g-4 align-items-start" onSubmit={(event) => event.preventDefault()}>
        <div className="col-lg-5">
          <TextField
            id="communities-search"
            label={t('communities.search')}
            hint={t('communities.searchHint')}
            type="search"
            autoComplete="off"
            maxLength={100}
            value={text}
            onChange={setText}
          />
        </div>
        <div className="col-md-6 col-lg-4">
          <SelectField id="communities-theme" label={t('communities.theme')} value={theme} onChange={setTheme}>
            <option value="">{t('communities.allThemes')}</option>
            {THEMES.map((code) => (
              <option key={code} value={code}>
                {t(`themes.${code}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="col-md-6 col-lg-3">
          <div className="form-check cantiere-field cantiere-check-aligned">
            <input id="communities-mine" type="checkbox" checked={mine} onChange={(event) => setMine(event.target.checked)} />
            <label htmlFor="communities-mine">{t('communities.mine')}</label>
          </div>
        </div>
      </form>
      <section aria-labelledby="communities-count" className="mt-3">
        <h2 id="communities-count" className="h4">
          <span role="status">
            {shown ? t('communities.count', { count: shown.totalCount, formatted: formatNumber(shown.totalCount, language) }) : ''}
          </span>
        </h2>
        {!shown && !error && <Spinner />}
        {error && !shown && <FormProblem problem={problemOf(error)} />}
        {shown && shown.totalCount === 0 && <p>{mine ? t('communities.emptyMine') : t('communities.empty')}</p>}
        {shown && shown.edges.length > 0 && (
          <ul className="cantiere-cards" aria-busy={!data}>
            {shown.edges.map(({ node: community }) => {
              const membership = membershipLabel(t, community.viewerMembership);
              return (
                <li key={community.id} className="cantiere-card">
                  <h3 className="h5 mb-1">
                    <Link to={communityPath(community.slug)}>{community.name}</Link>
                  </h3>
                  <CommunityBadges visibility={community.visibility} themes={community.themes} />
                  <p className="mb-1">{markdownExcerpt(community.description)}</p>
                  <p className="mb-0 text-secondary small">
                    {t('communities.memberCount', { count: community.memberCount, formatted: formatNumber(community.memberCount, language) })}
                    {membership && <> · <strong>{membership}</strong></>}
                    {community.archivedAt && <> · {t('communities.archived')}</>}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
        {shown && (
          <LoadMore
            shown={shown.edges.length}
            total={shown.totalCount}
            hasMore={shown.pageInfo.hasNextPage}
            loading={networkStatus === NetworkStatus.fetchMore}
            onLoadMore={() => void fetchMore({ variables: { after: shown.pageInfo.endCursor } })}
            label={t('communities.loadMore')}
          />
        )}
      </section>
    </>
  );
}
