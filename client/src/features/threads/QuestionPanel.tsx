import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { faqEntryPath } from '../../app/paths';
import type { ThreadDetailFieldsFragment } from '../../gql/graphql';
import { formatDuration } from '../../ui/format';
import { FormProblem } from '../../ui/FormProblem';
import { RelativeTime } from '../../ui/RelativeTime';
import { useActionProblem } from '../../ui/useActionProblem';
import { useViewer } from '../account/useViewer';
import { TagList } from './ThreadBadges';
import { AssignQuestionMutation, ReopenQuestionMutation, ThreadQuery } from './threads.operations';

/** A question's facts in plain words (who asked, who answers, how long it took) and its actions. */
export function QuestionPanel({ thread }: { thread: ThreadDetailFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'it';
  const { viewer } = useViewer();
  const { problem, run } = useActionProblem();
  const [assign, assigning] = useMutation(AssignQuestionMutation, { refetchQueries: [ThreadQuery] });
  const [reopen, reopening] = useMutation(ReopenQuestionMutation, { refetchQueries: [ThreadQuery] });
  const takenByViewer = !!viewer && thread.assignee?.id === viewer.id;
  const duration = (seconds: number) => (seconds < 60 ? t('questions.underAMinute') : formatDuration(seconds, language));

  return (
    <section className="cantiere-question-panel" aria-label={t('questions.panelLabel')}>
      <dl className="cantiere-question-facts">
        {thread.askerOrganization && (
          <div>
            <dt>{t('questions.askedBy')}</dt>
            <dd>{thread.askerOrganization.name}</dd>
          </div>
        )}
        {thread.visibility && (
          <div>
            <dt>{t('questions.visibilityLabel')}</dt>
            <dd>
              {t(`questions.visibility.${thread.visibility}`)}: {t(`questions.visibilityExplanation.${thread.visibility}`)}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('questions.expert')}</dt>
          <dd data-testid="question-assignee">{thread.assignee ? thread.assignee.displayName : t('questions.notTaken')}</dd>
        </div>
        <div>
          <dt>{t('questions.firstAnswer')}</dt>
          <dd data-testid="time-to-first-answer">
            {thread.timeToFirstAnswerSeconds !== null ? (
              t('questions.firstAnswerAfter', { duration: duration(thread.timeToFirstAnswerSeconds) })
            ) : (
              <>
                {t('questions.noAnswerYet')} <RelativeTime iso={thread.createdAt} />
              </>
            )}
          </dd>
        </div>
        {thread.timeToSolutionSeconds !== null && (
          <div>
            <dt>{t('questions.solution')}</dt>
            <dd data-testid="time-to-solution">{t('questions.solvedAfter', { duration: duration(thread.timeToSolutionSeconds) })}</dd>
          </div>
        )}
      </dl>
      <TagList tags={thread.tags} />
      {thread.faqEntryId && (
        <p className="mt-2">
          <Link to={faqEntryPath(thread.faqEntryId)}>{t('questions.inFaq')}</Link>
        </p>
      )}
      <div className="d-flex flex-wrap gap-2 mt-3">
        {thread.viewerCan.assign && viewer && thread.status !== 'CLOSED' && !takenByViewer && (
          <button
            type="button"
            className="btn btn-primary"
            disabled={assigning.loading}
            onClick={() => void run(() => assign({ variables: { threadId: thread.id, assigneeId: viewer.id } }))}
          >
            {t('questions.take')}
          </button>
        )}
        {thread.viewerCan.assign && takenByViewer && thread.status !== 'CLOSED' && (
          <button
            type="button"
            className="btn btn-outline-primary"
            disabled={assigning.loading}
            onClick={() => void run(() => assign({ variables: { threadId: thread.id, assigneeId: null } }))}
          >
            {t('questions.release')}
          </button>
        )}
        {thread.viewerCan.reopen && (
          <button
            type="button"
            className="btn btn-outline-primary"
            disabled={reopening.loading}
            onClick={() => void run(() => reopen({ variables: { threadId: thread.id } }))}
          >
            {t('questions.reopen')}
          </button>
        )}
      </div>
      <FormProblem problem={problem} />
    </section>
  );
}
