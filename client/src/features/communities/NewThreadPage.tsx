import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { communityPath, threadPath } from '../../app/paths';
import type { CommunityQuery as CommunityResult, ThreadKind } from '../../gql/graphql';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { RadioGroup, type Choice } from '../../ui/ChoiceGroup';
import { FormProblem } from '../../ui/FormProblem';
import { PageHeading } from '../../ui/PageHeading';
import { problemOf } from '../../ui/problems';
import { Spinner } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import { useFormErrors } from '../../ui/useFormErrors';
import { useStoredDraft } from '../../ui/useStoredDraft';
import { onlyProblems, textReason } from '../../ui/validation';
import { Composer, POST_MAX_LENGTH } from '../threads/Composer';
import { parseTags, tagsReason } from '../threads/tags';
import { TagsField } from '../threads/TagsField';
import { StartThreadMutation } from '../threads/threads.operations';
import { CommunityQuery, CommunityThreadsQuery } from './communities.operations';
import { CommunityNotFound } from './CommunityNotFound';

const FIELDS = ['kind', 'title', 'body', 'tags'] as const;
type Field = (typeof FIELDS)[number];

export default function NewThreadPage() {
  const slug = useParams().slug ?? '';
  const { data, error } = useQuery(CommunityQuery, { variables: { slug } });
  if (!data && !error) return <Spinner />;
  if (!data) return problemOf(error).code === 'NOT_FOUND' ? <CommunityNotFound /> : <FormProblem problem={problemOf(error)} />;
  return <NewThreadForm community={data.community} />;
}

function NewThreadForm({ community }: { community: CommunityResult['community'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [kind, setKind] = useState<ThreadKind>('DISCUSSION');
  const [title, setTitle] = useState('');
  const [body, setBody, clearBody] = useStoredDraft(`new-thread:${community.id}`);
  const [tagsText, setTagsText] = useState('');
  const errors = useFormErrors(FIELDS);
  const [startThread, { loading }] = useMutation(StartThreadMutation, { refetchQueries: [CommunityThreadsQuery] });
  const heading = t('newThread.heading', { name: community.name });

  if (!community.viewerCan.startThread) {
    return (
      <>
        <PageHeading title={heading}>{heading}</PageHeading>
        <p>{t('newThread.notAllowed')}</p>
        <Link to={communityPath(community.slug)}>{t('newThread.backToCommunity', { name: community.name })}</Link>
      </>
    );
  }

  const kinds: Choice<ThreadKind>[] = [
    { value: 'DISCUSSION', label: t('threads.kind.DISCUSSION'), description: t('newThread.discussionExplanation') },
    { value: 'QUESTION', label: t('threads.kind.QUESTION'), description: t('newThread.questionExplanation') },
  ];
  if (community.viewerCan.announce) {
    kinds.push({ value: 'ANNOUNCEMENT', label: t('threads.kind.ANNOUNCEMENT'), description: t('newThread.announcementExplanation') });
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const tags = kind === 'QUESTION' ? parseTags(tagsText) : [];
    const problems = onlyProblems<Field>({
      kind: undefined,
      title: textReason(title, 5, 200),
      body: textReason(body, 1, POST_MAX_LENGTH),
      tags: tagsReason(tags),
    });
    if (Object.keys(problems).length) return errors.showFieldErrors(problems);
    errors.clear();
    try {
      const { data } = await startThread({
        variables: { input: { communityId: community.id, kind, title: title.trim(), body, tags } },
      });
      if (!data) return;
      clearBody();
      await navigate(threadPath(data.startThread.id));
    } catch (error) {
      errors.showError(error);
    }
  };

  return (
    <div className="row">
      <div className="col-lg-9">
        <Breadcrumb trail={[{ to: '/comunita', label: t('nav.communities') }, { to: communityPath(community.slug), label: community.name }]} current={t('threads.start')} />
        <PageHeading title={heading}>{heading}</PageHeading>
        <form className="cantiere-form cantiere-form-wide mt-4" onSubmit={submit} noValidate>
          <RadioGroup
            id="thread-kind"
            legend={t('newThread.kind')}
            choices={kinds}
            value={kind}
            onChange={setKind}
            error={errors.errorText('kind')}
            firstInputRef={errors.register('kind')}
          />
          <TextField
            id="thread-title"
            label={t('newThread.title')}
            hint={t('newThread.titleHint')}
            required
            maxLength={200}
            value={title}
            onChange={setTitle}
            error={errors.errorText('title')}
            inputRef={errors.register('title')}
          />
          <Composer
            id="thread-body"
            label={t('newThread.body')}
            value={body}
            onChange={setBody}
            mentionsIn={community.slug}
            rows={10}
            error={errors.errorText('body')}
            textareaRef={errors.register('body')}
          />
          {kind === 'QUESTION' && (
            <TagsField id="thread-tags" value={tagsText} onChange={setTagsText} error={errors.errorText('tags')} inputRef={errors.register('tags')} />
          )}
          <FormProblem problem={errors.formProblem} />
          <div className="d-flex flex-wrap gap-3">
            <button type="submit" className="btn btn-primary btn-lg" disabled={loading}>
              {loading ? t('app.sending') : t('newThread.submit')}
            </button>
            <Link to={communityPath(community.slug)} className="btn btn-outline-secondary btn-lg">
              {t('app.cancel')}
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
