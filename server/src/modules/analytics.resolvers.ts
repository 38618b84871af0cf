// Region comparison, funding breakdown, network, connection paths and search.
export const analyticsResolvers: Function[] = [];
