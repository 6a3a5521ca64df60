import { useEffect, useState, type ReactNode } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { PROFILE_PATH, communityPath, postAnchor } from '../../app/paths';
import type { PostFieldsFragment, ThreadQuery as ThreadResult } from '../../gql/graphql';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { FormProblem } from '../../ui/FormProblem';
import { LoadMore } from '../../ui/LoadMore';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { problemOf } from '../../ui/problems';
import { Spinner } from '../../ui/Spinner';
import { PromoteToFaqForm } from '../helpdesk/PromoteToFaqForm';
import { PostView } from './PostView';
import { QuestionPanel } from './QuestionPanel';
import { ReplyComposer } from './ReplyComposer';
import { ThreadBadges } from './ThreadBadges';
import { ThreadTools } from './ThreadTools';
import { ThreadQuery } from './threads.operations';
import { SignInRedirect } from '../../app/RequireSignIn';
import { markdownExcerpt } from '../../ui/plainText';
import { SignInToAsk } from '../helpdesk/SignInToAsk';
import { PeopleHere } from '../../realtime/PeopleHere';
import { useLiveScope } from '../../realtime/RealtimeProvider';
import { useViewer } from '../account/useViewer';

type Thread = ThreadResult['thread'];

const PAGE_SIZE = 50;

/** How long a page's description is: about what search engines and link previews show. */
const DESCRIPTION_LENGTH = 160;

/**
 * A discussion or question. Open to anyone for the help desk's solved public questions; any other
 * thread the hub answers UNAUTHENTICATED to a signed-out visitor, who is sent to sign in.
 */
export default function ThreadPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const { data, error, networkStatus, fetchMore } = useQuery(ThreadQuery, {
    variables: { id, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { viewer, loading: checkingViewer } = useViewer();
  if ((!data && !error) || checkingViewer) return <Spinner />;
  const problem = error ? problemOf(error) : null;
  // Signed out, what is not public knowledge (or not a thread's address at all) is behind the sign-in, as every private page.
  if (problem?.code === 'UNAUTHENTICATED' || (!viewer && problem?.code === 'BAD_USER_INPUT')) return <SignInRedirect />;
  // Before the data: a thread that stopped being readable (its community turned private, the
  // reader left or was removed) keeps its last data beside the error of the refetch that says so.
  if (problem?.code === 'NOT_FOUND') {
    return (
      <>
        <PageHeading title={t('threads.notFoundTitle')}>{t('threads.notFoundTitle')}</PageHeading>
        <p>{t('threads.notFound')}</p>
        <UnverifiedHint />
        <Link to="/comunita">{t('communities.backToList')}</Link>
      </>
    );
  }
  if (!data) return <FormProblem problem={problem} />;
  const posts = data.thread.posts;
  return (
    <ThreadView
      thread={data.thread}
      loadMore={
        <LoadMore
          shown={posts.edges.length}
          total={posts.totalCount}
          hasMore={posts.pageInfo.hasNextPage}
          loading={networkStatus === NetworkStatus.fetchMore}
          onLoadMore={() => void fetchMore({ variables: { after: posts.pageInfo.endCursor } })}
          label={t('posts.loadMore')}
        />
      }
    />
  );
}

/** A reader whose affiliation is not verified yet may be missing one of their organisation's private questions. */
function UnverifiedHint() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer || viewer.affiliationStatus === 'VERIFIED') return null;
  return (
    <p>
      {t('threads.notFoundUnverified')} <Link to={PROFILE_PATH}>{t('affiliation.toProfile')}</Link>
    </p>
  );
}

function ThreadView({ thread, loadMore }: { thread: Thread; loadMore: ReactNode }) {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const [replyTo, setReplyTo] = useState<PostFieldsFragment | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [sentPostId, setSentPostId] = useState<string | null>(null);
  const posts = thread.posts.edges.map((edge) => edge.node);
  const byId = new Map(posts.map((post) => [post.id, post]));
  const helpDesk = thread.community.kind === 'HELP_DESK';
  const question = thread.kind === 'QUESTION';
  const acceptedPost = thread.acceptedPost ? byId.get(thread.acceptedPost.id) : undefined;
  const { viewer, loading: checkingViewer } = useViewer();
  const signedOut = !viewer && !checkingViewer;
  const scope = `thread:${thread.id}`;
  // New replies, edits, reactions and status changes arrive while the page is open.
  useLiveScope(scope);

  useEffect(() => {
    // A link to one message (from a notification or a search) lands on it.
    const target = hash ? document.getElementById(hash.slice(1)) : null;
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [hash]);

  useEffect(() => {
    // After sending, the new message takes the focus: it is where the conversation continues.
    if (sentPostId) document.getElementById(postAnchor(sentPostId))?.focus();
  }, [sentPostId, posts.length]);

  return (
    <>
      <Breadcrumb
        trail={
          // Signed out, one reads the help desk's public knowledge from the FAQ: the help desk's own page is for its comuni.
          signedOut
            ? [{ to: '/faq', label: t('nav.faq') }]
            : [
                ...(helpDesk ? [] : [{ to: '/comunita', label: t('nav.communities') }]),
                { to: communityPath(thread.community.slug), label: helpDesk ? t('nav.helpDesk') : thread.community.name },
              ]
        }
        current={thread.title}
      />
      <PeopleHere scope={scope} viewerId={viewer?.id ?? null} />
      <ThreadBadges kind={thread.kind} status={thread.status} visibility={thread.visibility} pinned={thread.pinned} locked={thread.locked} />
      <PageHeading title={thread.title} description={acceptedPost?.body ? markdownExcerpt(acceptedPost.body, DESCRIPTION_LENGTH) : undefined}>
        {thread.title}
      </PageHeading>
      {thread.viewerCan.moderate && <ThreadTools thread={thread} />}
      {question && <QuestionPanel thread={thread} />}
      <section aria-labelledby="posts-heading" className="mt-4">
        <h2 id="posts-heading" className="visually-hidden">
          {t('posts.listLabel')}
        </h2>
        {posts.map((post, index) => (
          <PostView
            key={post.id}
            post={post}
            parent={post.replyToId ? byId.get(post.replyToId) : undefined}
            opening={index === 0}
            accepted={thread.acceptedPost?.id === post.id}
            acceptable={question && thread.status !== 'CLOSED'}
            canReply={thread.viewerCan.reply}
            mentionsIn={thread.community.slug}
            onReply={(target) => {
              setReplyTo(target);
              setFocusRequest((count) => count + 1);
            }}
          />
        ))}
        {loadMore}
      </section>
      {thread.viewerCan.promote && !thread.faqEntryId && acceptedPost?.body && (
        <div className="mt-4">
          <PromoteToFaqForm threadId={thread.id} title={thread.title} acceptedAnswer={acceptedPost.body} />
        </div>
      )}
      {thread.viewerCan.reply ? (
        <ReplyComposer
          threadId={thread.id}
          mentionsIn={thread.community.slug}
          replyTo={replyTo}
          focusRequest={focusRequest}
          onCancelReplyTo={() => setReplyTo(null)}
          onSent={(postId) => {
            setReplyTo(null);
            setSentPostId(postId);
          }}
        />
      ) : signedOut ? (
        <>
          <p className="small text-secondary mt-4">{t('publicKnowledge.namesHidden')}</p>
          <SignInToAsk />
        </>
      ) : (
        <Notice tone="info" className="mt-4">
          {thread.status === 'CLOSED' ? t('threads.closedQuestion') : thread.locked ? t('threads.lockedNotice') : t('threads.cannotReply')}
        </Notice>
      )}
    </>
  );
}
