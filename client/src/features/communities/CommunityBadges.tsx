import { useTranslation } from 'react-i18next';
import type { CommunityVisibility } from '../../gql/graphql';

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
