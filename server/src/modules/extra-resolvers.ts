// Resolvers of modules added beside the core read API. Each group lives in its own file so that
// modules can be added without touching schema.ts.
import { analyticsResolvers } from './analytics.resolvers.js';
import { writeResolvers } from './write.resolvers.js';

export const extraResolvers: Function[] = [...analyticsResolvers, ...writeResolvers];
