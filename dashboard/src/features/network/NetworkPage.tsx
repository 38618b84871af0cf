import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/ui/EmptyState';
import { Page } from '../../components/ui/Page';

export function NetworkPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('views.network.title')} intro={t('views.network.intro')}>
      <EmptyState title={t('views.placeholder')} />
    </Page>
  );
}
