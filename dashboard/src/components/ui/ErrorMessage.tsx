import { useTranslation } from 'react-i18next';
import { useLang, withLang } from '../../lib/i18n';

export interface ErrorMessageProps {
  title?: string;
  body?: string;
  onRetry?: () => void;
}

/** A friendly message in place of whatever failed; the details go to the console, never to the page. */
export function ErrorMessage({ title, body, onRetry }: ErrorMessageProps) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="error-message" role="alert">
      <h2>{title ?? t('ui.errorTitle')}</h2>
      <p>{body ?? t('ui.errorBody')}</p>
      <p className="error-message__actions">
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {t('ui.retry')}
          </button>
        )}
        {/* A plain link: this may render outside the router. */}
        <a href={withLang('/', lang)}>{t('ui.home')}</a>
      </p>
    </div>
  );
}
