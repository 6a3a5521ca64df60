import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import type { SignInPageState } from '../../app/RequireSignIn';
import { FormProblem } from '../../ui/FormProblem';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { Spinner } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import { useFormErrors } from '../../ui/useFormErrors';
import { emailReason, onlyProblems } from '../../ui/validation';
import { SignInMutation } from './account.operations';
import { enterSession } from './session';
import { useViewer } from './useViewer';

const FIELDS = ['email', 'password'] as const;

export default function SignInPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const arrival = useLocation().state as SignInPageState | null;
  const [searchParams] = useSearchParams();
  const signedOut = searchParams.get('sessione') === 'chiusa';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const errors = useFormErrors(FIELDS);
  const [signIn, { loading }] = useMutation(SignInMutation);
  const { viewer, loading: checkingViewer } = useViewer();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = onlyProblems({ email: emailReason(email), password: password ? undefined : 'required' });
    if (Object.keys(problems).length) return errors.showFieldErrors(problems);
    errors.clear();
    try {
      const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
      if (!data) return;
      // Once the viewer is known, this page sends the person on (see below).
      await enterSession(client, data.signIn);
    } catch (error) {
      errors.showError(error);
    }
  };

  if (checkingViewer) return <Spinner />;
  if (viewer) return <Navigate to={arrival?.from ?? '/'} replace />;

  return (
    <div className="row">
      <div className="col-lg-7">
        <PageHeading title={t('signIn.title')}>{t('signIn.heading')}</PageHeading>
        {arrival?.from && <Notice tone="info">{t('signIn.mustSignIn')}</Notice>}
        {signedOut && <Notice tone="success">{t('signIn.signedOut')}</Notice>}
        <p className="lead">{t('signIn.intro')}</p>
        <form className="cantiere-form mt-5" onSubmit={submit} noValidate>
          <TextField
            id="sign-in-email"
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            value={email}
            onChange={setEmail}
            error={errors.errorText('email')}
            inputRef={errors.register('email')}
          />
          <TextField
            id="sign-in-password"
            label={t('signIn.password')}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={setPassword}
            error={errors.errorText('password')}
            inputRef={errors.register('password')}
          />
          <FormProblem problem={errors.formProblem} />
          <button type="submit" className="btn btn-primary btn-lg" disabled={loading}>
            {loading ? t('signIn.submitting') : t('signIn.submit')}
          </button>
        </form>
        <p className="mt-4">
          {t('signIn.noAccount')} <Link to="/registrati">{t('signIn.signUpLink')}</Link>
        </p>
      </div>
    </div>
  );
}
