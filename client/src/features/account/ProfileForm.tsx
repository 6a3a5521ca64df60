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
import { OrganizationPicker, type PickedOrganization } from './OrganizationPicker';
import { DISPLAY_NAME_MAX_LENGTH, JOB_TITLE_MAX_LENGTH, displayNameReason, jobTitleReason } from './personRules';

// In the order they appear, so the focus goes to the first one that needs fixing.
const FIELDS = ['displayName', 'organizationId', 'jobTitle', 'locale'] as const;
type Field = (typeof FIELDS)[number];

/** Name, organisation, role and language of the signed-in person. */
export function ProfileForm({ viewer }: { viewer: ViewerFieldsFragment }) {
  const { t } = useTranslation();
  const [displayName, setDisplayName] = useState(viewer.displayName);
  const [organization, setOrganization] = useState<PickedOrganization | null>(viewer.organization);
  // While the field no longer holds the current organisation, the person is told what changing it means.
  const changingOrganization = organization?.id !== viewer.organization.id;
  const [jobTitle, setJobTitle] = useState(viewer.jobTitle);
  // Follows the header's IT/EN switch (which saves the same preference) until changed here.
  const [chosenLocale, setChosenLocale] = useState<Language | null>(null);
  const locale = chosenLocale ?? currentLanguage();
  const [saved, setSaved] = useState<string | null>(null);
  const errors = useFormErrors(FIELDS);
  const [updateProfile, { loading }] = useMutation(UpdateProfileMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const problems = onlyProblems<Field>({
      displayName: displayNameReason(displayName),
      organizationId: organization ? undefined : 'required',
      jobTitle: jobTitleReason(jobTitle),
      locale: undefined,
    });
    if (!organization || Object.keys(problems).length) return errors.showFieldErrors(problems);
    errors.clear();
    try {
      // The returned user, with its affiliation, refreshes the profile, the header and the home page through the cache.
      const { data } = await updateProfile({
        variables: {
          input: {
            displayName: displayName.trim(),
            jobTitle: jobTitle.trim(),
            locale,
            ...(changingOrganization ? { organizationId: organization.id } : {}),
          },
        },
      });
      await changeLanguage(locale);
      setChosenLocale(null);
      const updated = data?.updateProfile;
      setSaved(
        changingOrganization && updated
          ? t('profile.savedWithOrganization', {
              organization: updated.organization.name,
              status: t(`affiliation.statusInline.${updated.affiliationStatus}`),
            })
          : t('profile.saved'),
      );
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
      <OrganizationPicker
        id="profile-organization"
        label={t('profile.organizationField')}
        hint={t('profile.organizationHint')}
        value={organization}
        onChange={setOrganization}
        error={errors.errorText('organizationId')}
        inputRef={errors.register('organizationId')}
      />
      {changingOrganization && (
        <Notice tone="warning">
          {t('profile.organizationWarning')}
        </Notice>
      )}
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
      {saved && <Notice tone="success">{saved}</Notice>}
      <button type="submit" className="btn btn-primary" disabled={loading}>
        {loading ? t('profile.saving') : t('profile.save')}
      </button>
    </form>
  );
}
