import { useTranslation } from 'react-i18next';

/**
 * The page's first focusable element: jumps past the header and the run list to the chart. It moves focus itself
 * rather than following `#id`: the address's fragment is the experiment's link, and changing it would open another.
 */
export function SkipLink({ target }: { target: string }) {
  const { t } = useTranslation('look');
  return (
    <a
      className="skip-link"
      href={`#${target}`}
      onClick={(event) => {
        event.preventDefault();
        const element = document.getElementById(target);
        element?.focus();
        element?.scrollIntoView({ block: 'start' });
      }}
    >
      {t('skipToChart')}
    </a>
  );
}
