import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../ui/FormProblem';
import { TextField } from '../../ui/TextField';
import { useFormErrors } from '../../ui/useFormErrors';
import { onlyProblems, textReason } from '../../ui/validation';
import { Composer, POST_MAX_LENGTH } from '../threads/Composer';
import { FaqEntriesQuery, PromoteToFaqMutation } from './helpdesk.operations';

const FIELDS = ['question', 'answer'] as const;
type Field = (typeof FIELDS)[number];

interface PromoteToFaqFormProps {
  threadId: string;
  title: string;
  acceptedAnswer: string;
}

/**
 * For experts, under a solved public question: turn it into a FAQ entry. The question and the
 * answer start as written and can be tidied up for readers who were not in the conversation.
 */
export function PromoteToFaqForm({ threadId, title, acceptedAnswer }: PromoteToFaqFormProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [question, setQuestion] = useState(title);
  const [answer, setAnswer] = useState(acceptedAnswer);
  const errors = useFormErrors(FIELDS, (field) => `faq${field[0].toUpperCase()}${field.slice(1)}`);
  // The thread's faqEntryId comes back with the result, so the page shows the link at once.
  const [promote, { loading }] = useMutation(PromoteToFaqMutation, { refetchQueries: [FaqEntriesQuery] });

  if (!open) {
    return (
      <button type="button" className="btn btn-outline-primary" onClick={() => setOpen(true)}>
        {t('faq.promote')}
      </button>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = onlyProblems<Field>({ question: textReason(question, 5, 300), answer: textReason(answer, 1, POST_MAX_LENGTH) });
    if (Object.keys(problems).length) return errors.showFieldErrors(problems);
    errors.clear();
    try {
      await promote({ variables: { threadId, question: question.trim(), answer } });
    } catch (error) {
      errors.showError(error);
    }
  };

  return (
    <section className="cantiere-promote" aria-labelledby="promote-heading">
      <h2 id="promote-heading" className="h4">
        {t('faq.promoteHeading')}
      </h2>
      <p>{t('faq.promoteIntro')}</p>
      <form className="cantiere-form cantiere-form-wide" onSubmit={submit} noValidate>
        <TextField
          id="faq-question"
          label={t('faq.question')}
          maxLength={300}
          value={question}
          onChange={setQuestion}
          error={errors.errorText('question')}
          inputRef={errors.register('question')}
        />
        <Composer
          id="faq-answer"
          label={t('faq.answer')}
          rows={8}
          value={answer}
          onChange={setAnswer}
          error={errors.errorText('answer')}
          textareaRef={errors.register('answer')}
        />
        <FormProblem problem={errors.formProblem} />
        <div className="d-flex flex-wrap gap-2">
          <button type="submit" className="btn btn-primary" disabled={loading}>
            {loading ? t('app.sending') : t('faq.promoteSubmit')}
          </button>
          <button type="button" className="btn btn-outline-secondary" onClick={() => setOpen(false)}>
            {t('app.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
