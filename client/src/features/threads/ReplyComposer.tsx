import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PostFieldsFragment } from '../../gql/graphql';
import { FormProblem } from '../../ui/FormProblem';
import { useFormErrors } from '../../ui/useFormErrors';
import { useStoredDraft } from '../../ui/useStoredDraft';
import { textReason } from '../../ui/validation';
import { Composer, POST_MAX_LENGTH } from './Composer';
import { ReplyMutation, ThreadQuery } from './threads.operations';
import { useTypingSignal } from '../../realtime/RealtimeProvider';

const FIELDS = ['body', 'parentId'] as const;

interface ReplyComposerProps {
  threadId: string;
  mentionsIn: string;
  replyTo: PostFieldsFragment | null;
  /** Bumped each time "Rispondi" is pressed on a post, to bring the focus here. */
  focusRequest: number;
  onCancelReplyTo: () => void;
  onSent: (postId: string) => void;
}

/** The answer box at the bottom of a thread, possibly answering one message in particular. */
export function ReplyComposer({ threadId, mentionsIn, replyTo, focusRequest, onCancelReplyTo, onSent }: ReplyComposerProps) {
  const { t } = useTranslation();
  const [body, setBody, clearBody] = useStoredDraft(`reply:${threadId}`);
  const signalTyping = useTypingSignal(`thread:${threadId}`);
  const write = (value: string) => {
    setBody(value);
    signalTyping(value.length > 0);
  };
  const errors = useFormErrors(FIELDS);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const section = useRef<HTMLElement>(null);
  const [reply, { loading }] = useMutation(ReplyMutation, { refetchQueries: [ThreadQuery], awaitRefetchQueries: true });
  const [sentOnce, setSentOnce] = useState(false);

  useEffect(() => {
    if (focusRequest === 0) return;
    section.current?.scrollIntoView({ block: 'center' });
    textarea.current?.focus();
  }, [focusRequest]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const reason = textReason(body, 1, POST_MAX_LENGTH);
    if (reason) return errors.showFieldErrors({ body: reason });
    errors.clear();
    try {
      const { data } = await reply({ variables: { input: { threadId, body, parentId: replyTo?.id ?? null } } });
      if (!data) return;
      clearBody();
      setSentOnce(true);
      onSent(data.reply.id);
    } catch (error) {
      errors.showError(error);
    }
  };

  const bodyError = errors.errorText('body');
  const parentError = errors.errorText('parentId');

  return (
    <section ref={section} className="cantiere-reply" aria-labelledby="reply-heading">
      <h2 id="reply-heading" className="h4">
        {t('posts.replyHeading')}
      </h2>
      {replyTo && (
        <p className="cantiere-reply-to">
          {t('posts.replyingTo', { name: replyTo.author.displayName })}{' '}
          <button type="button" className="btn btn-link btn-sm p-0 align-baseline" onClick={onCancelReplyTo}>
            {t('posts.cancelReplyTo')}
          </button>
        </p>
      )}
      {parentError && (
        <div className="invalid-feedback d-block" role="alert">
          {parentError}
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <Composer
          id="reply-body"
          label={t('posts.replyLabel')}
          value={body}
          onChange={write}
          mentionsIn={mentionsIn}
          error={bodyError}
          textareaRef={(element) => {
            textarea.current = element;
            errors.register('body')(element);
          }}
        />
        <FormProblem problem={errors.formProblem} />
        <button type="submit" className="btn btn-primary" disabled={loading}>
          {loading ? t('app.sending') : t('posts.send')}
        </button>
        <span className="visually-hidden" role="status">
          {sentOnce && !loading ? t('posts.sent') : ''}
        </span>
      </form>
    </section>
  );
}
