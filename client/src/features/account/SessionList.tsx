import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { MySessionsQuery as MySessionsResult } from '../../gql/graphql';
import { formatDateTime } from '../../ui/format';
import { FormProblem } from '../../ui/FormProblem';
import { Notice } from '../../ui/Notice';
import { problemOf, type Problem } from '../../ui/problems';
import { Spinner } from '../../ui/Spinner';
import { MySessionsQuery, RevokeSessionMutation } from './account.operations';
import { deviceOf } from './deviceName';

type Session = MySessionsResult['mySessions'][number];

/** The devices the person is signed in on; any but this one can be signed out from here. */
export function SessionList() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MySessionsQuery, { fetchPolicy: 'cache-and-network' });
  const [revokeSession, { loading: revoking }] = useMutation(RevokeSessionMutation);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [revokedOne, setRevokedOne] = useState(false);

  if (!data && loading) return <Spinner />;
  if (!data) return <FormProblem problem={problemOf(error)} />;

  const revoke = async (session: Session) => {
    setProblem(null);
    setRevokedOne(false);
    try {
      await revokeSession({
        variables: { id: session.id },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'Session', id: session.id }) });
          cache.gc();
        },
      });
      setRevokedOne(true);
    } catch (revokeError) {
      setProblem(problemOf(revokeError));
    }
  };

  return (
    <>
      <FormProblem problem={problem} />
      {revokedOne && <Notice tone="success">{t('profile.revoked')}</Notice>}
      <ul className="cantiere-sessions" data-testid="sessions">
        {data.mySessions.map((session) => (
          <SessionItem key={session.id} session={session} busy={revoking} onRevoke={() => revoke(session)} />
        ))}
      </ul>
    </>
  );
}

function SessionItem({ session, busy, onRevoke }: { session: Session; busy: boolean; onRevoke: () => void }) {
  const { t, i18n } = useTranslation();
  const device = deviceOf(session.userAgent);
  const name = device ? t('profile.deviceName', { browser: device.browser, system: device.system }) : t('profile.unknownDevice');
  const language = i18n.resolvedLanguage ?? 'it';
  return (
    <li>
      <div>
        <p className="fw-semibold mb-1">
          {name}
          {session.current && <span className="badge bg-primary ms-2">{t('profile.thisDevice')}</span>}
        </p>
        <p className="small mb-0">{t('profile.signedInAt', { when: formatDateTime(session.createdAt, language) })}</p>
        <p className="small mb-0">{t('profile.lastSeenAt', { when: formatDateTime(session.lastSeenAt, language) })}</p>
      </div>
      {!session.current && (
        <button type="button" className="btn btn-outline-danger" disabled={busy} onClick={onRevoke} aria-label={t('profile.revokeLabel', { device: name })}>
          {t('profile.revoke')}
        </button>
      )}
    </li>
  );
}
