import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { postAnchor } from '../../app/paths';
import type { PostFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../ui/format';
import { FormProblem } from '../../ui/FormProblem';
import { problemOf, fieldMessage, type Problem } from '../../ui/problems';
import { RelativeTime } from '../../ui/RelativeTime';
import { useActionProblem } from '../../ui/useActionProblem';
import { Composer, POST_MAX_LENGTH } from './Composer';
import { Markdown } from './Markdown';
import { Reactions } from './Reactions';
import { AcceptAnswerMutation, DeletePostMutation, EditPostMutation, ThreadQuery } from './threads.operations';

interface PostViewProps {
  post: PostFieldsFragment;
  /** The post this one answers, when it is on the page. */
  parent: PostFieldsFragment | undefined;
  opening: boolean;
  accepted: boolean;
  /** Whether "Accetta questa risposta" may show: the question is still open. */
  acceptable: boolean;
  canReply: boolean;
  mentionsIn: string;
  onReply: (post: PostFieldsFragment) => void;
}

/** One message: author and comune, time, text or tombstone, earlier versions, reactions, actions. */
export function PostView({ post, parent, opening, accepted, acceptable, canReply, mentionsIn, onReply }: PostViewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'it';
  const [editing, setEditing] = useState(false);
  const [showRevisions, setShowRevisions] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const { problem, run } = useActionProblem();
  const [remove, removing] = useMutation(DeletePostMutation, { refetchQueries: [ThreadQuery] });
  const [accept, accepting] = useMutation(AcceptAnswerMutation, { refetchQueries: [ThreadQuery] });
  const deleted = post.body === null;
  const headingId = `${postAnchor(post.id)}-author`;
  const revisionsId = `${postAnchor(post.id)}-revisions`;

  return (
    <article
      id={postAnchor(post.id)}
      tabIndex={-1}
      className={`cantiere-post${accepted ? ' cantiere-post-accepted' : ''}${opening ? ' cantiere-post-opening' : ''}`}
      aria-labelledby={headingId}
      data-testid="post"
    >
      <header className="cantiere-post-header">
        <h3 id={headingId} className="h6 mb-0">
          {/* Without an account people are not named: a neutral word, then their organisation. */}
          {post.author.nameHidden ? t('publicKnowledge.participant') : post.author.displayName}
          <span className="fw-normal"> — {post.author.organization.name}</span>
        </h3>
        <span className="small text-secondary">
          <RelativeTime iso={post.createdAt} />
          {post.editedAt && !deleted && (
            <>
              {' · '}
              <button
                type="button"
                className="btn btn-link btn-sm p-0 align-baseline"
                aria-expanded={showRevisions}
                aria-controls={revisionsId}
                onClick={() => setShowRevisions(!showRevisions)}
              >
                {t('posts.edited')}
              </button>
            </>
          )}
        </span>
        {accepted && <span className="cantiere-badge cantiere-status-closed">{t('posts.acceptedAnswer')}</span>}
      </header>
      {post.replyToId && (
        <p className="small mb-2">
          {t('posts.inReplyTo')}{' '}
          <a href={`#${postAnchor(post.replyToId)}`}>{parent ? parent.author.displayName : t('posts.earlierMessage')}</a>
        </p>
      )}
      {deleted ? (
        <p className="cantiere-tombstone">{t('posts.deleted')}</p>
      ) : editing ? (
        <EditPostForm post={post} mentionsIn={mentionsIn} onDone={() => setEditing(false)} />
      ) : (
        <Markdown source={post.body ?? ''} />
      )}
      {showRevisions && (
        <section id={revisionsId} className="cantiere-revisions" aria-label={t('posts.revisions')}>
          <h4 className="h6">{t('posts.revisions')}</h4>
          <ol className="cantiere-plain-list">
            {post.revisions.map((revision) => (
              <li key={revision.id}>
                <p className="small text-secondary mb-1">{t('posts.replacedAt', { when: formatDateTime(revision.replacedAt, language) })}</p>
                <Markdown source={revision.body} />
              </li>
            ))}
          </ol>
        </section>
      )}
      {!deleted && !editing && (
        <footer className="cantiere-post-footer">
          <Reactions post={post} />
          <div className="cantiere-post-actions">
            {canReply && (
              <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => onReply(post)}>
                {t('posts.reply')}
              </button>
            )}
            {post.viewerCan.accept && acceptable && !accepted && (
              <button
                type="button"
                className="btn btn-success btn-sm"
                disabled={accepting.loading}
                onClick={() => void run(() => accept({ variables: { postId: post.id } }))}
              >
                {t('posts.accept')}
              </button>
            )}
            {post.viewerCan.edit && (
              <button type="button" className="btn btn-outline-secondary btn-sm" onClick={() => setEditing(true)}>
                {t('posts.edit')}
              </button>
            )}
            {post.viewerCan.delete && !confirmingDelete && (
              <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setConfirmingDelete(true)}>
                {t('posts.delete')}
              </button>
            )}
          </div>
          {confirmingDelete && (
            <div className="cantiere-confirm" role="group" aria-label={t('posts.deleteConfirm')}>
              <p className="mb-2">{t('posts.deleteConfirm')}</p>
              <div className="d-flex flex-wrap gap-2">
                <button
                  type="button"
                  className="btn btn-danger btn-sm"
                  autoFocus
                  disabled={removing.loading}
                  onClick={() => void run(() => remove({ variables: { postId: post.id } }))}
                >
                  {t('posts.delete')}
                </button>
                <button type="button" className="btn btn-outline-secondary btn-sm" onClick={() => setConfirmingDelete(false)}>
                  {t('app.cancel')}
                </button>
              </div>
            </div>
          )}
        </footer>
      )}
      <FormProblem problem={problem} />
    </article>
  );
}

function EditPostForm({ post, mentionsIn, onDone }: { post: PostFieldsFragment; mentionsIn: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState(post.body ?? '');
  const [reason, setReason] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [edit, { loading }] = useMutation(EditPostMutation);

  const save = async () => {
    setProblem(null);
    if (!body.trim()) return setReason('required');
    if (body.length > POST_MAX_LENGTH) return setReason('tooLong');
    setReason(null);
    try {
      await edit({ variables: { postId: post.id, body } });
      onDone();
    } catch (error) {
      const found = problemOf(error);
      if (found.code === 'BAD_USER_INPUT' && found.field === 'body') setReason(found.reason ?? 'invalid');
      else setProblem(found);
    }
  };

  return (
    <div className="cantiere-edit">
      <Composer
        id={`edit-${post.id}`}
        label={t('posts.editLabel')}
        value={body}
        onChange={setBody}
        mentionsIn={mentionsIn}
        error={reason ? fieldMessage(t, 'body', reason) : undefined}
      />
      <FormProblem problem={problem} />
      <div className="d-flex flex-wrap gap-2">
        <button type="button" className="btn btn-primary btn-sm" disabled={loading} onClick={() => void save()}>
          {loading ? t('app.sending') : t('posts.saveEdit')}
        </button>
        <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onDone}>
          {t('app.cancel')}
        </button>
      </div>
    </div>
  );
}
