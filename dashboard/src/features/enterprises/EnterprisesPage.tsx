import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/ui/EmptyState';
import { Page } from '../../components/ui/Page';

export function EnterprisesPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('views.enterprises.title')}>
      <EmptyState title={t('views.placeholder')} />
    </Page>
  );
}
