import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ViewerFieldsFragment } from '../../gql/graphql';
import { LANGUAGES, changeLanguage, currentLanguage, isLanguage, type Language } from '../../i18n';
import { FormProblem } from '../../ui/FormProblem';
import { Notice } from '../../ui/Notice';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useFormErrors } from '../../ui/useFormErrors';
import { onlyProblems } from '../../ui/validation';
import { UpdateProfileMutation } from './account.operations';
import { DISPLAY_NAME_MAX_LENGTH, JOB_TITLE_MAX_LENGTH, displayNameReason, jobTitleReason } from './personRules';

const FIELDS = ['displayName', 'jobTitle', 'locale'] as const;
type Field = (typeof FIELDS)[number];

/** Name, role and language of the signed-in person. */
export function ProfileForm({ viewer }: { viewer: ViewerFieldsFragment }) {
  const { t } = useTranslation();
  const [displayName, setDisplayName] = useState(viewer.displayName);
  const [jobTitle, setJobTitle] = useState(viewer.jobTitle);
  // Follows the header's IT/EN switch (which saves the same preference) until changed here.
  const [chosenLocale, setChosenLocale] = useState<Language | null>(null);
  const locale = chosenLocale ?? currentLanguage();
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors(FIELDS);
  const [updateProfile, { loading }] = useMutation(UpdateProfileMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const problems = onlyProblems<Field>({
      displayName: displayNameReason(displayName),
      jobTitle: jobTitleReason(jobTitle),
      locale: undefined,
    });
    if (Object.keys(problems).length) return errors.showFieldErrors(problems);
    errors.clear();
    try {
      // The returned user refreshes the header and the home page through the cache.
      await updateProfile({ variables: { input: { displayName: displayName.trim(), jobTitle: jobTitle.trim(), locale } } });
      await changeLanguage(locale);
      setChosenLocale(null);
      setSaved(true);
    } catch (error) {
      errors.showError(error);
    }
  };

  return (
    <form className="cantiere-form" onSubmit={submit} noValidate>
      <TextField
        id="profile-name"
        label={t('profile.displayName')}
        autoComplete="name"
        required
        maxLength={DISPLAY_NAME_MAX_LENGTH}
        value={displayName}
        onChange={setDisplayName}
        error={errors.errorText('displayName')}
        inputRef={errors.register('displayName')}
      />
      <TextField
        id="profile-job-title"
        label={t('profile.jobTitle')}
        autoComplete="organization-title"
        required
        maxLength={JOB_TITLE_MAX_LENGTH}
        value={jobTitle}
        onChange={setJobTitle}
        error={errors.errorText('jobTitle')}
        inputRef={errors.register('jobTitle')}
      />
      <SelectField
        id="profile-locale"
        label={t('profile.locale')}
        value={locale}
        onChange={(value) => isLanguage(value) && setChosenLocale(value)}
        error={errors.errorText('locale')}
        selectRef={errors.register('locale')}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </SelectField>
      <FormProblem problem={errors.formProblem} />
      {saved && <Notice tone="success">{t('profile.saved')}</Notice>}
      <button type="submit" className="btn btn-primary" disabled={loading}>
        {loading ? t('profile.saving') : t('profile.save')}
      </button>
    </form>
  );
}
