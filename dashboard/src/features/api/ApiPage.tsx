import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/Page';

export function ApiPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('views.api.title')} intro={t('views.api.intro')}>
      <ul className="link-list">
        {/* Served by the API server, outside the app's router. */}
        <li>
          <a href="/graphiql">{t('views.api.graphiql')}</a>
        </li>
        <li>
          <a href="/schema.graphql" download>
            {t('views.api.schema')}
          </a>
        </li>
      </ul>
    </Page>
  );
}
