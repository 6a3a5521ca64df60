import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CommunityQuery as CommunityResult, MemberRole } from '../../gql/graphql';
import { FormProblem } from '../../ui/FormProblem';
import { Notice } from '../../ui/Notice';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useFormErrors } from '../../ui/useFormErrors';
import { emailReason, onlyProblems } from '../../ui/validation';
import { CommunityAppointmentsQuery, CommunityMembersQuery, CommunityQuery, InviteMemberMutation, WaitingMembersQuery } from './communities.operations';
import { isRole } from './roles';

const FIELDS = ['email', 'role'] as const;
type Field = (typeof FIELDS)[number];

interface InviteMemberFormProps {
  community: CommunityResult['community'];
  /** The roles to offer, never empty (see invitableRoles). */
  roles: readonly MemberRole[];
}

/** Invites a person who already has an account, by email, with a role. */
export function InviteMemberForm({ community, roles }: InviteMemberFormProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MemberRole>(roles.includes('MEMBER') ? 'MEMBER' : roles[0]);
  const [invitedName, setInvitedName] = useState<string | null>(null);
  const errors = useFormErrors(FIELDS, (field) => (field === 'email' ? 'inviteEmail' : field));
  const [invite, { loading }] = useMutation(InviteMemberMutation, {
    refetchQueries: [WaitingMembersQuery, CommunityMembersQuery, CommunityQuery, CommunityAppointmentsQuery],
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setInvitedName(null);
    const problems = onlyProblems<Field>({ email: emailReason(email), role: undefined });
    if (Object.keys(problems).length) return errors.showFieldErrors(problems);
    errors.clear();
    try {
      const { data } = await invite({ variables: { input: { communityId: community.id, email: email.trim(), role } } });
      if (!data) return;
      setInvitedName(data.inviteMember.user.displayName);
      setEmail('');
    } catch (error) {
      errors.showError(error);
    }
  };

  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading" className="h4">
        {t('members.inviteHeading')}
      </h2>
      <form className="cantiere-form" onSubmit={submit} noValidate>
        <TextField
          id="invite-email"
          label={t('members.inviteEmail')}
          hint={t('members.inviteEmailHint')}
          type="email"
          inputMode="email"
          autoComplete="off"
          maxLength={254}
          value={email}
          onChange={setEmail}
          error={errors.errorText('email')}
          inputRef={errors.register('email')}
        />
        <SelectField
          id="invite-role"
          label={t('members.inviteRole')}
          value={role}
          onChange={(value) => isRole(value) && setRole(value)}
          error={errors.errorText('role')}
          selectRef={errors.register('role')}
        >
          {roles.map((option) => (
            <option key={option} value={option}>
              {t(`roles.${option}`)}
            </option>
          ))}
        </SelectField>
        {errors.formProblem?.code === 'CONFLICT' ? (
          <Notice tone="danger">{t('members.alreadyMember')}</Notice>
        ) : errors.formProblem?.code === 'FORBIDDEN' ? (
          <Notice tone="danger">{t('members.cannotInviteAs', { role: t(`roles.${role}`) })}</Notice>
        ) : (
          errors.formProblem && <FormProblem problem={errors.formProblem} />
        )}
        {invitedName && <Notice tone="success">{t('members.invited', { name: invitedName })}</Notice>}
        <button type="submit" className="btn btn-primary" disabled={loading}>
          {loading ? t('app.sending') : t('members.invite')}
        </button>
      </form>
    </section>
  );
}
