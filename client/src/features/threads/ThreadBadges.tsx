import { useTranslation } from 'react-i18next';
import type { QuestionStatus, QuestionVisibility, ThreadKind } from '../../gql/graphql';

interface ThreadBadgesProps {
  kind: ThreadKind;
  status: QuestionStatus | null;
  visibility: QuestionVisibility | null;
  pinned: boolean;
  locked: boolean;
}

/** In evidenza, Annuncio, Domanda and its state, Riservata, Chiusa: each in words, not colour alone. */
export function ThreadBadges({ kind, status, visibility, pinned, locked }: ThreadBadgesProps) {
  const { t } = useTranslation();
  return (
    <ul className="cantiere-badges" aria-label={t('threads.labels')}>
      {pinned && <li className="cantiere-badge cantiere-badge-pinned">{t('threads.pinned')}</li>}
      {kind !== 'DISCUSSION' && <li className="cantiere-badge">{t(`threads.kind.${kind}`)}</li>}
      {status && <QuestionStatusBadge status={status} />}
      {visibility === 'PRIVATE' && <li className="cantiere-badge cantiere-badge-private">{t('questions.visibility.PRIVATE')}</li>}
      {locked && <li className="cantiere-badge cantiere-badge-locked">{t('threads.locked')}</li>}
    </ul>
  );
}

function QuestionStatusBadge({ status }: { status: QuestionStatus }) {
  const { t } = useTranslation();
  return (
    <li className={`cantiere-badge cantiere-status-${status.toLowerCase()}`} data-testid="question-status">
      {t(`questions.status.${status}`)}
    </li>
  );
}

/** Tags such as "M1C3 INV 2.1", as a list. */
export function TagList({ tags }: { tags: readonly string[] }) {
  const { t } = useTranslation();
  if (!tags.length) return null;
  return (
    <ul className="cantiere-tags" aria-label={t('questions.tags')}>
      {tags.map((tag) => (
        <li key={tag} className="cantiere-tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}
