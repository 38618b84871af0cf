import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/ui/EmptyState';
import { SourcesButton } from '../../components/ui/Sources';
import { graphql } from '../../gql';
import type { StatedSizes_SizeFragment } from '../../gql/graphql';
import { formatInteger, withComparison } from '../../lib/format';
import { useLang } from '../../lib/i18n';

export const StatedSizesSizeFragment = graphql(`
  fragment StatedSizes_size on PartnershipSize {
    memberCount
    comparison
    asOfText
    asOf {
      date
      approximate
    }
    source {
      id
      key
      title
      publisher
      kind
      url
      publishedText
      published {
        date
        approximate
      }
    }
  }
`);

/** "nästan 30 organisationer (2017)": each count the sources give, with its date and source. */
export function StatedSizes({ sizes }: { sizes: readonly StatedSizes_SizeFragment[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (sizes.length === 0) return <EmptyState />;
  return (
    <ul className="stat-list">
      {sizes.map((size, index) => {
        const count = withComparison(formatInteger(size.memberCount, { lang }), size.comparison, lang);
        const text = `${count} ${t('views.partnership.organisations', { count: size.memberCount })}`;
        return (
          <li key={`${size.source.key}-${index}`} className="stat">
            <SourcesButton subject={text} citations={[{ __typename: 'Citation', quote: null, source: size.source }]}>
              <span className="stat__value">{text}</span>
            </SourcesButton>
            <span className="stat__label">{size.asOfText ?? ''}</span>
          </li>
        );
      })}
    </ul>
  );
}
