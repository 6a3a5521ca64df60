import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CommunityAppointmentsQuery as CommunityAppointmentsResult } from '../../gql/graphql';
import { formatDateTime } from '../../ui/format';
import { FormProblem } from '../../ui/FormProblem';
import { LoadMore } from '../../ui/LoadMore';
import { problemOf } from '../../ui/problems';
import { Spinner } from '../../ui/Spinner';
import { CommunityAppointmentsQuery } from './communities.operations';

type Appointment = CommunityAppointmentsResult['community']['appointments']['edges'][number]['node'];

const PAGE_SIZE = 20;

/** What an appointment did, in words: an invitation, an approval, a new role or a removal. */
function describeChange(t: TFunction, { fromRole, toRole, status }: Appointment): string {
  const role = (value: string) => t(`roles.${value}`);
  if (!toRole) return fromRole ? t('appointments.removed', { from: role(fromRole) }) : t('appointments.removedUnknown');
  if (!fromRole) return status === 'INVITED' ? t('appointments.invited', { to: role(toRole) }) : t('appointments.admitted', { to: role(toRole) });
  return t('appointments.changed', { from: role(fromRole), to: role(toRole) });
}

/**
 * For the owners and the admins: who gave whom which role, and who removed whom, newest first.
 * Only mounted for them, since the hub answers anyone else FORBIDDEN.
 */
export function AppointmentsLog({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'it';
  const { data, previousData, error, networkStatus, fetchMore } = useQuery(CommunityAppointmentsQuery, {
    variables: { slug, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const appointments = (data ?? previousData)?.community.appointments;

  return (
    <section aria-labelledby="appointments-heading" className="mt-5">
      <h2 id="appointments-heading" className="h3">
        {t('appointments.heading')}
      </h2>
      <p>{t('appointments.intro')}</p>
      {!appointments && !error && <Spinner />}
      {error && !appointments && <FormProblem problem={problemOf(error)} />}
      {appointments && appointments.totalCount === 0 && <p>{t('appointments.empty')}</p>}
      {appointments && appointments.edges.length > 0 && (
        <div className="table-responsive">
          <table className="table cantiere-appointments" aria-labelledby="appointments-heading" data-testid="appointments">
            <thead>
              <tr>
                <th scope="col">{t('appointments.when')}</th>
                <th scope="col">{t('appointments.who')}</th>
                <th scope="col">{t('appointments.whom')}</th>
                <th scope="col">{t('appointments.what')}</th>
              </tr>
            </thead>
            <tbody>
              {appointments.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>
                    <time dateTime={node.createdAt}>{formatDateTime(node.createdAt, language)}</time>
                  </td>
                  <td>{node.actor?.displayName ?? t('appointments.unknownActor')}</td>
                  <td>{node.user.displayName}</td>
                  <td>{describeChange(t, node)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {appointments && (
        <LoadMore
          shown={appointments.edges.length}
          total={appointments.totalCount}
          hasMore={appointments.pageInfo.hasNextPage}
          loading={networkStatus === NetworkStatus.fetchMore}
          onLoadMore={() => void fetchMore({ variables: { after: appointments.pageInfo.endCursor } })}
          label={t('appointments.loadMore')}
        />
      )}
    </section>
  );
}
