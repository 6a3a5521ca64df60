import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { currentLanguage } from '../../i18n';
import { FormProblem } from '../../ui/FormProblem';
import { PageHeading } from '../../ui/PageHeading';
import { Spinner } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import { useFormErrors } from '../../ui/useFormErrors';
import { emailReason, newPasswordReason, onlyProblems } from '../../ui/validation';
import { SignUpMutation } from './account.operations';
import { OrganizationPicker, type PickedOrganization } from './OrganizationPicker';
import { DISPLAY_NAME_MAX_LENGTH, JOB_TITLE_MAX_LENGTH, displayNameReason, jobTitleReason } from './personRules';
import { enterSession } from './session';
import { useViewer } from './useViewer';

// In the order they appear, so the focus goes to the first one that needs fixing.
const FIELDS = ['displayName', 'organizationId', 'jobTitle', 'email', 'password'] as const;
type Field = (typeof FIELDS)[number];

export default function SignUpPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [displayName, setDisplayName] = useState('');
  const [organization, setOrganization] = useState<PickedOrganization | null>(null);
  const [jobTitle, setJobTitle] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const errors = useFormErrors(FIELDS);
  const [signUp, { loading }] = useMutation(SignUpMutation);
  const { viewer, loading: checkingViewer } = useViewer();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = onlyProblems<Field>({
      displayName: displayNameReason(displayName),
      organizationId: organization ? undefined : 'required',
      jobTitle: jobTitleReason(jobTitle),
      email: emailReason(email),
      password: newPasswordReason(password),
    });
    if (!organization || Object.keys(problems).length) return errors.showFieldErrors(problems);
    errors.clear();
    try {
      const { data } = await signUp({
        variables: {
          input: {
            displayName: displayName.trim(),
            organizationId: organization.id,
            jobTitle: jobTitle.trim(),
            email: email.trim(),
            password,
            locale: currentLanguage(),
          },
        },
      });
      if (!data) return;
      // Once the viewer is known, this page sends the person to the home page (see below).
      await enterSession(client, data.signUp);
    } catch (error) {
      errors.showError(error);
    }
  };

  if (checkingViewer) return <Spinner />;
  if (viewer) return <Navigate to="/" replace />;

  return (
    <div className="row">
      <div className="col-lg-8">
        <PageHeading title={t('signUp.title')}>{t('signUp.heading')}</PageHeading>
        <p className="lead">{t('signUp.intro')}</p>
        <p>{t('form.allRequired')}</p>
        <form className="cantiere-form mt-5" onSubmit={submit} noValidate>
          <TextField
            id="sign-up-name"
            label={t('signUp.displayName')}
            autoComplete="name"
            required
            maxLength={DISPLAY_NAME_MAX_LENGTH}
            value={displayName}
            onChange={setDisplayName}
            error={errors.errorText('displayName')}
            inputRef={errors.register('displayName')}
          />
          <OrganizationPicker
            id="sign-up-organization"
            label={t('signUp.organization')}
            hint={t('signUp.organizationHint')}
            value={organization}
            onChange={setOrganization}
            error={errors.errorText('organizationId')}
            inputRef={errors.register('organizationId')}
          />
          <TextField
            id="sign-up-job-title"
            label={t('signUp.jobTitle')}
            hint={t('signUp.jobTitleHint')}
            autoComplete="organization-title"
            required
            maxLength={JOB_TITLE_MAX_LENGTH}
            value={jobTitle}
            onChange={setJobTitle}
            error={errors.errorText('jobTitle')}
            inputRef={errors.register('jobTitle')}
          />
          <TextField
            id="sign-up-email"
            label={t('signUp.email')}
            type="email"
            inputMode="email"
            autoComplete="email"
            required
            maxLength={254}
            value={email}
            onChange={setEmail}
            error={errors.errorText('email')}
            inputRef={errors.register('email')}
          />
          <TextField
            id="sign-up-password"
            label={t('signUp.password')}
            hint={t('signUp.passwordHint')}
            type={showPassword ? 'text' : 'password'}
            autoComplete="new-password"
            required
            maxLength={200}
            value={password}
            onChange={setPassword}
            error={errors.errorText('password')}
            inputRef={errors.register('password')}
            after={
              <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mt-2">
                <div className="form-check m-0">
                  <input
                    id="sign-up-show-password"
                    type="checkbox"
                    checked={showPassword}
                    onChange={(event) => setShowPassword(event.target.checked)}
                  />
                  <label htmlFor="sign-up-show-password">{t('signUp.showPassword')}</label>
                </div>
                <small className="text-muted" aria-hidden="true">
                  {t('signUp.passwordLength', { count: password.length })}
                </small>
              </div>
            }
          />
          <FormProblem problem={errors.formProblem} />
          <button type="submit" className="btn btn-primary btn-lg" disabled={loading}>
            {loading ? t('signUp.submitting') : t('signUp.submit')}
          </button>
        </form>
        <p className="mt-4">
          {t('signUp.haveAccount')} <Link to="/accedi">{t('signUp.signInLink')}</Link>
        </p>
      </div>
    </div>
  );
}
