import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { MemberFieldsFragment } from '../../gql/graphql';
import { FormProblem } from '../../ui/FormProblem';
import { Notice } from '../../ui/Notice';
import { problemOf, type Problem } from '../../ui/problems';
import { RelativeTime } from '../../ui/RelativeTime';
import {
  CommunityAppointmentsQuery,
  CommunityMembersQuery,
  CommunityQuery,
  DecideJoinRequestMutation,
  PendingRequestCountQuery,
  WaitingMembersQuery,
} from './communities.operations';

/** Requests and invitations rarely pile up; past this many, the oldest wait for the next visit. */
const SHOWN = 50;

/** For moderators: who asked to join (approve or decline) and who was invited but has not answered. */
export function WaitingMembers({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(WaitingMembersQuery, { variables: { slug, first: SHOWN }, fetchPolicy: 'cache-and-network' });
  const [decide, deciding] = useMutation(DecideJoinRequestMutation, {
    refetchQueries: [WaitingMembersQuery, CommunityMembersQuery, CommunityQuery, PendingRequestCountQuery, CommunityAppointmentsQuery],
    awaitRefetchQueries: true,
  });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [decided, setDecided] = useState<string | null>(null);

  const answer = async (member: MemberFieldsFragment, approve: boolean) => {
    setProblem(null);
    setDecided(null);
    try {
      await decide({ variables: { membershipId: member.id, approve } });
      const name = member.user.displayName;
      setDecided(approve ? t('members.approved', { name }) : t('members.declined', { name }));
    } catch (failure) {
      setProblem(problemOf(failure));
    }
  };

  if (error && !data) return <FormProblem problem={problemOf(error)} />;
  const requested = data?.community.requested.edges.map((edge) => edge.node) ?? [];
  const invited = data?.community.invited.edges.map((edge) => edge.node) ?? [];

  return (
    <section aria-labelledby="requests-heading">
      <h2 id="requests-heading" className="h4">
        {t('members.requestsHeading')}
      </h2>
      {decided && <Notice tone="success">{decided}</Notice>}
      <FormProblem problem={problem} />
      {data && requested.length === 0 && <p>{t('members.noRequests')}</p>}
      {requested.length > 0 && (
        <ul className="cantiere-members" data-testid="join-requests">
          {requested.map((member) => (
            <li key={member.id} className="cantiere-member">
              <div>
                <p className="mb-0 fw-semibold">{member.user.displayName}</p>
                <p className="mb-0 small">
                  {member.user.jobTitle} — {member.user.organization.name} · <RelativeTime iso={member.createdAt} />
                </p>
              </div>
              <div className="d-flex flex-wrap gap-2">
                <button
                  type="button"
                  className="btn btn-primary btn-sm"
                  disabled={deciding.loading}
                  onClick={() => void answer(member, true)}
                  aria-label={t('members.approveLabel', { name: member.user.displayName })}
                >
                  {t('members.approve')}
                </button>
                <button
                  type="button"
                  className="btn btn-outline-danger btn-sm"
                  disabled={deciding.loading}
                  onClick={() => void answer(member, false)}
                  aria-label={t('members.declineLabel', { name: member.user.displayName })}
                >
                  {t('members.decline')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {invited.length > 0 && (
        <>
          <h3 className="h5 mt-4">{t('members.invitationsHeading')}</h3>
          <ul className="cantiere-plain-list">
            {invited.map((member) => (
              <li key={member.id}>
                {t('members.invitedLine', { name: member.user.displayName, organization: member.user.organization.name, role: t(`roles.${member.role}`) })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
