// Region comparison, funding breakdown, network, connection paths and search.
import { ComparisonFigureResolver, ComparisonQueryResolver } from './comparison/comparison.resolver.js';
import { NetworkQueryResolver } from './network/network.resolver.js';
import { SearchQueryResolver } from './search/search.resolver.js';

export const analyticsResolvers: Function[] = [
  ComparisonQueryResolver,
  ComparisonFigureResolver,
  NetworkQueryResolver,
  SearchQueryResolver,
];
