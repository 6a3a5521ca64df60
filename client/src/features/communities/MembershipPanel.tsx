import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CommunityQuery as CommunityResult } from '../../gql/graphql';
import { Notice } from '../../ui/Notice';
import { problemMessage, problemOf, type Problem } from '../../ui/problems';
import { CommunityQuery, JoinCommunityMutation, LeaveCommunityMutation, RequestToJoinMutation } from './communities.operations';

type Community = CommunityResult['community'];

/**
 * The viewer's place in the community and the one thing they can do about it: join, ask to
 * join, accept an invitation, withdraw a request or leave (after a confirmation).
 */
export function MembershipPanel({ community }: { community: Community }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [confirmingLeave, setConfirmingLeave] = useState(false);
  const variables = { communityId: community.id };
  const refetchQueries = [{ query: CommunityQuery, variables: { slug: community.slug } }];
  const [join, joining] = useMutation(JoinCommunityMutation, { variables, refetchQueries });
  const [requestToJoin, requesting] = useMutation(RequestToJoinMutation, { variables });
  const [leave, leaving] = useMutation(LeaveCommunityMutation, { variables, refetchQueries, awaitRefetchQueries: true });
  const busy = joining.loading || requesting.loading || leaving.loading;
  const membership = community.viewerMembership;
  const can = community.viewerCan;

  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
      setConfirmingLeave(false);
    } catch (error) {
      setProblem(problemOf(error));
    }
  };

  const problemText = (found: Problem) =>
    // The only owner cannot leave: say what to do instead of "someone changed the data".
    found.code === 'CONFLICT' ? t('communities.lastOwner') : problemMessage(t, found);

  const leaveLabel =
    membership?.status === 'REQUESTED'
      ? t('communities.withdrawRequest')
      : membership?.status === 'INVITED'
        ? t('communities.declineInvitation')
        : t('communities.leave');

  return (
    <section className="cantiere-membership" aria-labelledby="membership-heading">
      <h2 id="membership-heading" className="visually-hidden">
        {t('communities.membershipHeading')}
      </h2>
      {community.archivedAt && <Notice tone="info">{t('communities.archivedNotice')}</Notice>}
      {membership?.status === 'ACTIVE' && (
        <p className="mb-2" data-testid="membership-state">
          {t('communities.youAreMember', { role: t(`roles.${membership.role}`) })}
        </p>
      )}
      {membership?.status === 'REQUESTED' && (
        <p className="mb-2" data-testid="membership-state">
          {t('communities.requestPending')}
        </p>
      )}
      {membership?.status === 'INVITED' && (
        <p className="mb-2" data-testid="membership-state">
          {t('communities.invited')}
        </p>
      )}
      {!membership && can.requestToJoin && <p className="mb-2">{t('communities.privateExplanation')}</p>}
      <div className="d-flex flex-wrap gap-2">
        {can.join && (
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void run(join)}>
            {membership?.status === 'INVITED' ? t('communities.acceptInvitation') : t('communities.join')}
          </button>
        )}
        {can.requestToJoin && (
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void run(requestToJoin)}>
            {t('communities.requestToJoin')}
          </button>
        )}
        {can.leave && !confirmingLeave && (
          <button type="button" className="btn btn-outline-primary" disabled={busy} onClick={() => setConfirmingLeave(true)}>
            {leaveLabel}
          </button>
        )}
      </div>
      {confirmingLeave && (
        <div className="cantiere-confirm" role="group" aria-labelledby="leave-question">
          <p id="leave-question" className="mb-2">
            {membership?.status === 'ACTIVE' ? t('communities.leaveConfirm', { name: community.name }) : t('communities.withdrawConfirm')}
          </p>
          <div className="d-flex flex-wrap gap-2">
            <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void run(leave)} autoFocus>
              {leaveLabel}
            </button>
            <button type="button" className="btn btn-outline-secondary" onClick={() => setConfirmingLeave(false)}>
              {t('app.cancel')}
            </button>
          </div>
        </div>
      )}
      {problem && <Notice tone="danger" className="mt-3">{problemText(problem)}</Notice>}
    </section>
  );
}
