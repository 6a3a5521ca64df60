import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { HELP_DESK_SLUG, threadPath } from '../../app/paths';
import type { QuestionVisibility } from '../../gql/graphql';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { RadioGroup } from '../../ui/ChoiceGroup';
import { FormProblem } from '../../ui/FormProblem';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import { useFormErrors } from '../../ui/useFormErrors';
import { useStoredDraft } from '../../ui/useStoredDraft';
import { onlyProblems, textReason } from '../../ui/validation';
import { useViewer } from '../account/useViewer';
import { Composer, POST_MAX_LENGTH } from '../threads/Composer';
import { parseTags, tagsReason } from '../threads/tags';
import { TagsField } from '../threads/TagsField';
import { AskQuestionMutation, HelpDeskQuestionsQuery } from './helpdesk.operations';

const FIELDS = ['title', 'body', 'tags', 'visibility'] as const;
type Field = (typeof FIELDS)[number];

export default function AskQuestionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const [title, setTitle] = useState('');
  const [body, setBody, clearBody] = useStoredDraft('question');
  const [tagsText, setTagsText] = useState('');
  // No default: whether every comune may read the question is the asker's explicit choice.
  const [visibility, setVisibility] = useState<QuestionVisibility | null>(null);
  const errors = useFormErrors(FIELDS, (field) => (field === 'visibility' ? 'questionVisibility' : field));
  const [ask, { loading }] = useMutation(AskQuestionMutation, { refetchQueries: [HelpDeskQuestionsQuery] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const tags = parseTags(tagsText);
    const problems = onlyProblems<Field>({
      title: textReason(title, 5, 200),
      body: textReason(body, 1, POST_MAX_LENGTH),
      tags: tagsReason(tags),
      visibility: visibility ? undefined : 'required',
    });
    if (!visibility || Object.keys(problems).length) return errors.showFieldErrors(problems);
    errors.clear();
    try {
      const { data } = await ask({ variables: { input: { title: title.trim(), body, tags, visibility } } });
      if (!data) return;
      clearBody();
      await navigate(threadPath(data.askQuestion.id));
    } catch (error) {
      errors.showError(error);
    }
  };

  return (
    <div className="row">
      <div className="col-lg-9">
        <Breadcrumb trail={[{ to: '/sportello', label: t('nav.helpDesk') }]} current={t('ask.title')} />
        <PageHeading title={t('ask.title')}>{t('ask.heading')}</PageHeading>
        <p className="lead">{t('ask.intro')}</p>
        <p>
          {t('ask.searchFirst')} <Link to="/faq">{t('ask.searchFirstLink')}</Link>
        </p>
        <form className="cantiere-form cantiere-form-wide mt-4" onSubmit={submit} noValidate>
          <TextField
            id="question-title"
            label={t('ask.questionTitle')}
            hint={t('ask.questionTitleHint')}
            required
            maxLength={200}
            value={title}
            onChange={setTitle}
            error={errors.errorText('title')}
            inputRef={errors.register('title')}
          />
          <Composer
            id="question-body"
            label={t('ask.body')}
            hint={t('ask.bodyHint')}
            rows={10}
            value={body}
            onChange={setBody}
            mentionsIn={HELP_DESK_SLUG}
            error={errors.errorText('body')}
            textareaRef={errors.register('body')}
          />
          <TagsField id="question-tags" value={tagsText} onChange={setTagsText} error={errors.errorText('tags')} inputRef={errors.register('tags')} />
          <RadioGroup
            id="question-visibility"
            legend={t('ask.visibility')}
            choices={[
              { value: 'PUBLIC', label: t('questions.visibility.PUBLIC'), description: t('questions.visibilityExplanation.PUBLIC') },
              {
                value: 'PRIVATE',
                label: t('questions.visibility.PRIVATE'),
                // Until the affiliation is verified, a private question is the asker's and the experts' only.
                description:
                  viewer?.affiliationStatus === 'VERIFIED'
                    ? t('ask.privateExplanation', { organization: viewer.organization.name })
                    : t('ask.privateExplanationUnverified'),
              },
            ]}
            value={visibility}
            onChange={setVisibility}
            error={errors.errorText('visibility')}
            firstInputRef={errors.register('visibility')}
          />
          <FormProblem problem={errors.formProblem} />
          <div className="d-flex flex-wrap gap-3">
            <button type="submit" className="btn btn-primary btn-lg" disabled={loading}>
              {loading ? t('app.sending') : t('ask.submit')}
            </button>
            <Link to="/sportello" className="btn btn-outline-secondary btn-lg">
              {t('app.cancel')}
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
