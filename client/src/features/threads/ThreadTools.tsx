import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ThreadDetailFieldsFragment } from '../../gql/graphql';
import { FormProblem } from '../../ui/FormProblem';
import { useActionProblem } from '../../ui/useActionProblem';
import { SetThreadLockedMutation, SetThreadPinnedMutation } from './threads.operations';

/** For moderators: put the thread on top of the list, or stop replies. */
export function ThreadTools({ thread }: { thread: ThreadDetailFieldsFragment }) {
  const { t } = useTranslation();
  const { problem, run } = useActionProblem();
  const [setPinned, pinning] = useMutation(SetThreadPinnedMutation);
  const [setLocked, locking] = useMutation(SetThreadLockedMutation);

  return (
    <div className="cantiere-thread-tools" role="group" aria-label={t('threads.moderation')}>
      <button
        type="button"
        className="btn btn-outline-secondary btn-sm"
        disabled={pinning.loading}
        onClick={() => void run(() => setPinned({ variables: { threadId: thread.id, pinned: !thread.pinned } }))}
      >
        {thread.pinned ? t('threads.unpin') : t('threads.pin')}
      </button>
      <button
        type="button"
        className="btn btn-outline-secondary btn-sm"
        disabled={locking.loading}
        onClick={() => void run(() => setLocked({ variables: { threadId: thread.id, locked: !thread.locked } }))}
      >
        {thread.locked ? t('threads.unlock') : t('threads.lock')}
      </button>
      <FormProblem problem={problem} />
    </div>
  );
}
