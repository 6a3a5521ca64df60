import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { UpdateProfileMutation } from '../../features/account/account.operations';
import { useViewer } from '../../features/account/useViewer';
import { LANGUAGES, changeLanguage, currentLanguage, type Language } from '../../i18n';

/**
 * IT / EN buttons. The choice is remembered on this device and, for a signed-in person, saved
 * in the profile so the next sign-in elsewhere opens in the same language.
 */
export function LanguageSwitch() {
  // Re-renders on every language change, so `active` is always current.
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [saveLanguage] = useMutation(UpdateProfileMutation);
  const active = currentLanguage();

  const choose = (language: Language) => {
    if (language === active) return;
    void changeLanguage(language);
    // Losing the saved preference is harmless: the switch has already happened on this device.
    if (viewer) saveLanguage({ variables: { input: { locale: language } } }).catch(() => undefined);
  };

  return (
    <div className="cantiere-language-switch" role="group" aria-label={t('layout.languageSwitch')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="cantiere-language-button"
          aria-pressed={active === language}
          aria-label={t(`language.${language}`)}
          onClick={() => choose(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}

