import { recordTypeName } from '../../common/graphql-types.js';
import { createUnionType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrganisationType } from '../organisation/organisation.type.js';
import { PartnershipType } from '../partnership/partnership.type.js';
import { ProjectType } from '../project/project.type.js';
import { MunicipalityType, RegionType } from '../region/region.type.js';

export const SEARCH_KINDS = ['REGION', 'MUNICIPALITY', 'ORGANISATION', 'PARTNERSHIP', 'PROJECT'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SearchKindEnum = Object.fromEntries(SEARCH_KINDS.map((k) => [k, k])) as { [K in SearchKind]: K };
registerEnumType(SearchKindEnum, {
  name: 'SearchResultKind',
  description:
    'What a search result is. Equally good matches are listed in this order: regions, municipalities, organisations, partnerships, projects.',
});

export const SEARCH_MATCHES = ['EXACT', 'PREFIX', 'WORD_PREFIX', 'CONTAINS'] as const;
export type SearchMatch = (typeof SEARCH_MATCHES)[number];

export const SearchMatchEnum = Object.fromEntries(SEARCH_MATCHES.map((k) => [k, k])) as { [K in SearchMatch]: K };
registerEnumType(SearchMatchEnum, {
  name: 'SearchMatch',
  description: 'How well a result matches, best first. Matching ignores case and diacritics ("orebro" matches "Örebro").',
  valuesConfig: {
    EXACT: { description: 'The whole name is the text.' },
    PREFIX: { description: 'The name starts with the text.' },
    WORD_PREFIX: { description: 'A later word of the name starts with the text.' },
    CONTAINS: { description: 'The text occurs inside the name.' },
  },
});

export const SearchNodeUnion = createUnionType({
  name: 'SearchNode',
  description: 'The record a search result points to.',
  types: () => [RegionType, MunicipalityType, OrganisationType, PartnershipType, ProjectType] as const,
  resolveType: recordTypeName,
});

@ObjectType('SearchResult', { description: 'One record matching a search, with what to show for it.' })
export class SearchResultType {
  @Field(() => SearchKindEnum, { description: 'What the record is.' }) kind!: SearchKind;
  @Field(() => SearchMatchEnum, { description: 'How well it matches; results are ordered by this, then kind, then name.' })
  match!: SearchMatch;
  @Field(() => String, { description: 'Name to show, as written.' }) title!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Context to show under the title: the county of a municipality, the place of an organisation, the region of a partnership, the years of a project, the country of a region.',
  })
  subtitle!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Slug of an organisation, partnership or project (for its URL); null for regions and municipalities.',
  })
  slug!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Code of a region (länskod or NUTS) or municipality (kommunkod); null for other kinds.',
  })
  code!: string | null;
  @Field(() => SearchNodeUnion, { description: 'The record itself.' }) node!: object;
}

@ObjectType('SearchResults', { description: 'Records matching a search, best first.' })
export class SearchResultsType {
  @Field(() => [SearchResultType], { description: 'The best `first` matches.' }) items!: SearchResultType[];
  @Field(() => Int, { description: 'How many records match in all.' }) totalCount!: number;
}
