import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyState } from '../../components/ui/EmptyState';
import { Page } from '../../components/ui/Page';

export function OrganisationPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  return (
    <Page title={t('views.organisation.title')}>
      <EmptyState title={t('views.placeholder')}>
        <p>
          <code>{slug}</code>
        </p>
      </EmptyState>
    </Page>
  );
}
