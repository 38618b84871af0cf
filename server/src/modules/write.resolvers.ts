// Accounts, sessions, tokens, mutations, history and CSV import.
import { ApiTokenResolver, AuthResolver } from './auth/auth.resolver.js';
import { UserAdminResolver } from './auth/users.resolver.js';
import { EventMutations } from './edit/event.mutations.js';
import { FundingMutations } from './edit/funding.mutations.js';
import { OrganisationMutations } from './edit/organisation.mutations.js';
import { OutcomeMutations } from './edit/outcome.mutations.js';
import { PartnershipMutations } from './edit/partnership.mutations.js';
import { ProjectMutations } from './edit/project.mutations.js';
import { SourceMutations } from './edit/source.mutations.js';
import { EventVersionResolver, OutcomeVersionResolver, SourceVersionResolver } from './edit/version.resolver.js';
import { HistoryResolver } from './history/history.resolver.js';
import { ImportResolver } from './import/import.resolver.js';

export const writeResolvers: Function[] = [
  AuthResolver,
  ApiTokenResolver,
  UserAdminResolver,
  HistoryResolver,
  OrganisationMutations,
  PartnershipMutations,
  ProjectMutations,
  FundingMutations,
  OutcomeMutations,
  EventMutations,
  SourceMutations,
  OutcomeVersionResolver,
  EventVersionResolver,
  SourceVersionResolver,
  ImportResolver,
];
