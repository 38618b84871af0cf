import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyState } from '../../components/ui/EmptyState';
import { Page } from '../../components/ui/Page';

export function RegionPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  return (
    <Page title={t('views.region.title', { code })}>
      <EmptyState title={t('views.placeholder')} />
    </Page>
  );
}
