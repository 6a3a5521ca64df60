import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/TextField';

interface TagsFieldProps {
  id: string;
  /** The tags as typed, commas and all; parseTags reads them when the form is sent. */
  value: string;
  onChange: (value: string) => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** The one box for a question's tags, worded and sized alike wherever a question is asked. */
export function TagsField({ id, value, onChange, error, inputRef }: TagsFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      id={id}
      label={t('questions.tagsLabel')}
      hint={t('questions.tagsHint')}
      autoComplete="off"
      maxLength={400}
      value={value}
      onChange={onChange}
      error={error}
      inputRef={inputRef}
    />
  );
}
