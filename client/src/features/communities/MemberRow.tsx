import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { MemberFieldsFragment, MemberRole } from '../../gql/graphql';
import { FormProblem } from '../../ui/FormProblem';
import { Notice } from '../../ui/Notice';
import { problemOf, type Problem } from '../../ui/problems';
import {
  ChangeMemberRoleMutation,
  CommunityAppointmentsQuery,
  CommunityMembersQuery,
  CommunityQuery,
  RemoveMemberMutation,
} from './communities.operations';
import { inRoleOrder, isRole } from './roles';

/**
 * One person in the directory, with the controls the hub allows the viewer on them: the roles in
 * `viewerCanGive` and removal when `viewerCanRemove`. Nothing here guesses who may do what.
 */
export function MemberRow({ membership }: { membership: MemberFieldsFragment }) {
  const { t } = useTranslation();
  const { user } = membership;
  const organization = user.organization.province ? `${user.organization.name} (${user.organization.province})` : user.organization.name;
  return (
    <li className="cantiere-member">
      <div>
        <p className="mb-0 fw-semibold">{user.displayName}</p>
        <p className="mb-0 small">
          {user.jobTitle} — {organization}
        </p>
      </div>
      <span className="cantiere-badge" data-testid="member-role">
        {t(`roles.${membership.role}`)}
      </span>
      {(membership.viewerCanGive.length > 0 || membership.viewerCanRemove) && <MemberControls membership={membership} />}
    </li>
  );
}

function MemberControls({ membership }: { membership: MemberFieldsFragment }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<MemberRole>(membership.role);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);
  // The directory follows through the live event (owners and facilitators come first); the log of appointments at once.
  const [changeRole, changing] = useMutation(ChangeMemberRoleMutation, { refetchQueries: [CommunityAppointmentsQuery] });
  const [remove, removing] = useMutation(RemoveMemberMutation, { refetchQueries: [CommunityMembersQuery, CommunityQuery, CommunityAppointmentsQuery] });
  // The current role first among the choices, so that the list reads as "from this to that".
  const choices = inRoleOrder([membership.role, ...membership.viewerCanGive]);
  const selectId = `role-${membership.id}`;
  const name = membership.user.displayName;

  const run = async (action: () => Promise<unknown>, confirmation: boolean) => {
    setProblem(null);
    setSaved(false);
    try {
      await action();
      setSaved(confirmation);
    } catch (error) {
      setProblem(problemOf(error));
    }
  };

  return (
    <div className="cantiere-member-controls">
      <div className="d-flex flex-wrap align-items-end gap-2">
        {membership.viewerCanGive.length > 0 && (
          <>
            <div className="select-wrapper">
              <label htmlFor={selectId} className="visually-hidden">
                {t('members.roleOf', { name })}
              </label>
              <select id={selectId} value={role} onChange={(event) => isRole(event.target.value) && setRole(event.target.value)}>
                {choices.map((option) => (
                  <option key={option} value={option}>
                    {t(`roles.${option}`)}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="btn btn-outline-primary btn-sm"
              disabled={changing.loading || role === membership.role}
              onClick={() => void run(() => changeRole({ variables: { membershipId: membership.id, role } }), true)}
              aria-label={t('members.changeRoleOf', { name })}
            >
              {t('members.changeRole')}
            </button>
          </>
        )}
        {!membership.viewerCanRemove ? null : !confirmingRemoval ? (
          <button
            type="button"
            className="btn btn-outline-danger btn-sm"
            onClick={() => setConfirmingRemoval(true)}
            aria-label={t('members.removeLabel', { name })}
          >
            {t('members.remove')}
          </button>
        ) : (
          <span className="d-inline-flex flex-wrap gap-2 align-items-center">
            <span>{t('members.removeConfirm', { name })}</span>
            <button
              type="button"
              className="btn btn-danger btn-sm"
              disabled={removing.loading}
              autoFocus
              onClick={() => void run(() => remove({ variables: { membershipId: membership.id } }), false)}
            >
              {t('members.remove')}
            </button>
            <button type="button" className="btn btn-outline-secondary btn-sm" onClick={() => setConfirmingRemoval(false)}>
              {t('app.cancel')}
            </button>
          </span>
        )}
      </div>
      {saved && <Notice tone="success" className="mt-2 mb-0 py-1">{t('members.roleChanged', { name, role: t(`roles.${role}`) })}</Notice>}
      {problem && (problem.code === 'CONFLICT' ? <Notice tone="danger" className="mt-2">{t('members.lastOwner')}</Notice> : <FormProblem problem={problem} />)}
    </div>
  );
}
