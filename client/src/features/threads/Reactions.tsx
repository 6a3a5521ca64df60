import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PostFieldsFragment, ReactionKind } from '../../gql/graphql';
import { ReactMutation, UnreactMutation } from './threads.operations';

const KINDS: readonly ReactionKind[] = ['LIKE', 'THANKS', 'AGREE', 'INSIGHTFUL'];

/**
 * The four reactions with their counts. Each is a toggle button (aria-pressed) with its name in
 * words; people who may not react see the counts only.
 */
export function Reactions({ post }: { post: PostFieldsFragment }) {
  const { t } = useTranslation();
  const [react, reacting] = useMutation(ReactMutation);
  const [unreact, unreacting] = useMutation(UnreactMutation);
  const busy = reacting.loading || unreacting.loading;
  const countOf = (kind: ReactionKind) => post.reactions.find((reaction) => reaction.kind === kind);

  if (!post.viewerCan.react) {
    const given = KINDS.filter((kind) => (countOf(kind)?.count ?? 0) > 0);
    if (!given.length) return null;
    return (
      <ul className="cantiere-reactions" aria-label={t('reactions.label')}>
        {given.map((kind) => (
          <li key={kind} className="cantiere-reaction-count">
            {t(`reactions.${kind}`)} <span className="cantiere-reaction-number">{countOf(kind)?.count}</span>
          </li>
        ))}
      </ul>
    );
  }

  const toggle = (kind: ReactionKind) => {
    const variables = { postId: post.id, kind };
    const action = countOf(kind)?.viewerReacted ? unreact({ variables }) : react({ variables });
    // A lost reaction is not worth an error message: the button simply stays as it was.
    action.catch(() => undefined);
  };

  return (
    <div className="cantiere-reactions" role="group" aria-label={t('reactions.label')}>
      {KINDS.map((kind) => {
        const reaction = countOf(kind);
        const count = reaction?.count ?? 0;
        return (
          <button
            key={kind}
            type="button"
            className="cantiere-reaction"
            aria-pressed={reaction?.viewerReacted ?? false}
            aria-label={t('reactions.buttonLabel', { reaction: t(`reactions.${kind}`), count })}
            disabled={busy}
            onClick={() => toggle(kind)}
          >
            <span>{t(`reactions.${kind}`)}</span>
            {count > 0 && <span className="cantiere-reaction-number">{count}</span>}
          </button>
        );
      })}
    </div>
  );
}
