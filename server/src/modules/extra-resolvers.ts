// Resolvers of the analytic modules (comparison, funding breakdown, network, search), registered here
// so that each module can be added without touching schema.ts.
export const extraResolvers: Function[] = [];
