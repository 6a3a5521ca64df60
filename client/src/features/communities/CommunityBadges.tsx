import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CommunityVisibility, MembershipStatus, MemberRole } from '../../gql/graphql';

/** Public or private, and the community's themes, as small labels. */
export function CommunityBadges({ visibility, themes }: { visibility: CommunityVisibility; themes: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <ul className="cantiere-badges" aria-label={t('communities.labels')}>
      <li className={`cantiere-badge ${visibility === 'PRIVATE' ? 'cantiere-badge-private' : 'cantiere-badge-public'}`}>
        {t(`communities.visibility.${visibility}`)}
      </li>
      {themes.map((theme) => (
        <li key={theme} className="cantiere-badge">
          {t(`themes.${theme}`, { defaultValue: theme })}
        </li>
      ))}
    </ul>
  );
}

/** Where the viewer stands: member with a role, request pending, invited. */
export function membershipLabel(
  t: TFunction,
  membership: { status: MembershipStatus; role: MemberRole } | null,
): string | null {
  if (!membership) return null;
  if (membership.status === 'ACTIVE') return t('communities.membership.ACTIVE', { role: t(`roles.${membership.role}`) });
  return t(`communities.membership.${membership.status}`);
}
