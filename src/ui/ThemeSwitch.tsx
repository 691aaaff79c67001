import { useTranslation } from 'react-i18next';
import { THEME_CHOICES, type ThemeChoice } from './theme/themeChoice';
import { chooseTheme, useTheme } from './theme/useTheme';

/** Light, dark, or as the system says; kept in this browser only, never in the experiment's link. */
export function ThemeSwitch() {
  const { t } = useTranslation('look');
  const { choice } = useTheme();
  return (
    <label className="theme-switch">
      <span>{t('theme.label')}</span>
      <select value={choice} onChange={(event) => chooseTheme(event.target.value as ThemeChoice)}>
        {THEME_CHOICES.map((option) => (
          <option key={option} value={option}>
            {t(`theme.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
