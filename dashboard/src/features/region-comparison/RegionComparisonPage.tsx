import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/ui/EmptyState';
import { Page } from '../../components/ui/Page';

export function RegionComparisonPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('views.regionComparison.title')} intro={t('views.regionComparison.intro')}>
      <EmptyState title={t('views.placeholder')} />
    </Page>
  );
}
