import { useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AffiliationRequestsQuery as AffiliationRequestsResult } from '../../gql/graphql';
import { FormProblem } from '../../ui/FormProblem';
import { LoadMore } from '../../ui/LoadMore';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { problemOf, type Problem } from '../../ui/problems';
import { RelativeTime } from '../../ui/RelativeTime';
import { Spinner } from '../../ui/Spinner';
import { AffiliationRequestsQuery, DecideAffiliationMutation } from './account.operations';
import { canVerifyAffiliations, isAdmin } from './affiliation';
import { AffiliationBadge } from './AffiliationState';
import { useViewer } from './useViewer';

type Claimant = AffiliationRequestsResult['affiliationRequests']['edges'][number]['node'];

const PAGE_SIZE = 20;

/** The claims a referente (their organisation's) or an admin (all) verifies or declines. */
export default function AffiliationRequestsPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const allowed = canVerifyAffiliations(viewer);
  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(
    AffiliationRequestsQuery,
    allowed ? { variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true } : skipToken,
  );
  const heading = <PageHeading title={t('verification.title')}>{t('verification.heading')}</PageHeading>;
  const forbidden = !allowed || (error && problemOf(error).code === 'FORBIDDEN');
  if (forbidden) {
    return (
      <>
        {heading}
        <p>{t('verification.notAllowed')}</p>
        <Link to="/">{t('notFound.home')}</Link>
      </>
    );
  }
  const requests = (data ?? previousData)?.affiliationRequests;

  return (
    <>
      {heading}
      <p className="lead">
        {isAdmin(viewer) ? t('verification.introAdmin') : t('verification.introReferente', { organization: viewer?.organization.name ?? '' })}
      </p>
      <p role="status" className="fw-semibold">
        {requests ? t('verification.count', { count: requests.totalCount }) : ''}
      </p>
      {!requests && !error && <Spinner />}
      {error && !requests && <FormProblem problem={problemOf(error)} />}
      {requests && <Claims claimants={requests.edges.map((edge) => edge.node)} onStale={() => void refetch().catch(() => undefined)} />}
      {requests && requests.totalCount === 0 && <p>{t('verification.empty')}</p>}
      {requests && (
        <LoadMore
          shown={requests.edges.length}
          total={requests.totalCount}
          hasMore={requests.pageInfo.hasNextPage}
          loading={networkStatus === NetworkStatus.fetchMore}
          onLoadMore={() => void fetchMore({ variables: { after: requests.pageInfo.endCursor } })}
          label={t('verification.loadMore')}
        />
      )}
    </>
  );
}

/**
 * The claims, each with its two answers. A decided claim stays in place showing its outcome (the
 * mutation's answer updates it in the cache), so that the list does not jump under the pointer
 * and the pages already loaded stay; the next visit no longer lists it.
 */
function Claims({ claimants, onStale }: { claimants: Claimant[]; onStale: () => void }) {
  const { t } = useTranslation();
  const [decide, deciding] = useMutation(DecideAffiliationMutation);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);

  const answer = async (claimant: Claimant, approve: boolean) => {
    setProblem(null);
    setOutcome(null);
    const values = { name: claimant.displayName, organization: claimant.organization.name };
    try {
      await decide({ variables: { userId: claimant.id, approve } });
      setOutcome(approve ? t('verification.approved', values) : t('verification.declined', values));
      return true;
    } catch (failure) {
      const found = problemOf(failure);
      setProblem(found);
      // Someone else decided first, or the person changed organisation: the list is read again.
      if (found.code === 'CONFLICT' || found.code === 'NOT_FOUND') onStale();
      return false;
    }
  };

  return (
    <>
      {outcome && <Notice tone="success">{outcome}</Notice>}
      {problem && (problem.code === 'CONFLICT' ? <Notice tone="danger">{t('verification.alreadyDecided')}</Notice> : <FormProblem problem={problem} />)}
      {claimants.length > 0 && (
        <ul className="cantiere-members" data-testid="affiliation-requests">
          {claimants.map((claimant) => (
            <ClaimRow key={claimant.id} claimant={claimant} busy={deciding.loading} onAnswer={(approve) => answer(claimant, approve)} />
          ))}
        </ul>
      )}
    </>
  );
}

interface ClaimRowProps {
  claimant: Claimant;
  busy: boolean;
  onAnswer: (approve: boolean) => Promise<boolean>;
}

function ClaimRow({ claimant, busy, onAnswer }: ClaimRowProps) {
  const { t } = useTranslation();
  const [confirmingDecline, setConfirmingDecline] = useState(false);
  const { organization } = claimant;
  const values = { name: claimant.displayName, organization: organization.name };
  const where = organization.province ? `${organization.name} (${organization.province})` : organization.name;

  return (
    <li className="cantiere-member">
      <div>
        <p className="mb-0 fw-semibold">{claimant.displayName}</p>
        <p className="mb-0 small">
          {t('verification.claimLine', { jobTitle: claimant.jobTitle, organization: where, kind: t(`picker.kind.${organization.kind}`) })}
        </p>
        <p className="mb-0 small text-secondary">
          {t('verification.accountCreated')} <RelativeTime iso={claimant.createdAt} />
        </p>
      </div>
      {claimant.affiliationStatus !== 'CLAIMED' ? (
        <AffiliationBadge status={claimant.affiliationStatus} />
      ) : !confirmingDecline ? (
        <div className="d-flex flex-wrap gap-2">
          <button
            type="button"
            className="btn btn-primary btn-sm"
            disabled={busy}
            onClick={() => void onAnswer(true)}
            aria-label={t('verification.approveLabel', values)}
          >
            {t('verification.approve')}
          </button>
          <button
            type="button"
            className="btn btn-outline-danger btn-sm"
            disabled={busy}
            onClick={() => setConfirmingDecline(true)}
            aria-label={t('verification.declineLabel', values)}
          >
            {t('verification.decline')}
          </button>
        </div>
      ) : (
        <div className="d-flex flex-wrap gap-2 align-items-center">
          <span>{t('verification.declineConfirm', values)}</span>
          <button
            type="button"
            className="btn btn-danger btn-sm"
            disabled={busy}
            autoFocus
            onClick={() => void onAnswer(false).then((done) => done || setConfirmingDecline(false))}
          >
            {t('verification.declineYes')}
          </button>
          <button type="button" className="btn btn-outline-secondary btn-sm" onClick={() => setConfirmingDecline(false)}>
            {t('app.cancel')}
          </button>
        </div>
      )}
    </li>
  );
}
