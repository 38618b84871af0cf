import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/ui/EmptyState';
import { Page } from '../../components/ui/Page';
import { stringParam, useUrlState } from '../../lib/useUrlState';

export function SearchPage() {
  const { t } = useTranslation();
  const [q] = useUrlState('q', stringParam);
  return (
    <Page title={q ? t('views.search.resultsFor', { q }) : t('views.search.title')}>
      <EmptyState title={q ? t('views.placeholder') : t('views.search.prompt')} />
    </Page>
  );
}
