import { ActionPlan, Event, EventParticipant } from '../modules/activity/activity.entity.js';
import { Funding, FundingProject, Programme, ProgrammeBudget } from '../modules/funding/funding.entity.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { Outcome } from '../modules/outcome/outcome.entity.js';
import { Membership, Partnership, PartnershipSize } from '../modules/partnership/partnership.entity.js';
import { Person } from '../modules/person/person.entity.js';
import { Project, ProjectMunicipality, ProjectParticipant, ProjectPhase, ProjectRegion } from '../modules/project/project.entity.js';
import { Municipality, Region, RegionPopulation } from '../modules/region/region.entity.js';
import { Citation, Source } from '../modules/source/source.entity.js';
import { BaseSchema } from '../common/base.entity.js';
import { ApiToken, Session, User, UserPartnership } from '../modules/auth/auth.entity.js';
import { HistoryEntry } from '../modules/history/history.entity.js';
import { ImportJob } from '../modules/import/import.entity.js';
import { ComparisonSummary, ComparisonSummaryFigure } from '../modules/comparison/comparison.entity.js';

export const entities = [
  BaseSchema,
  Source,
  Citation,
  Region,
  RegionPopulation,
  Municipality,
  Organisation,
  Partnership,
  Membership,
  PartnershipSize,
  Project,
  ProjectPhase,
  ProjectParticipant,
  ProjectRegion,
  ProjectMunicipality,
  Programme,
  ProgrammeBudget,
  Funding,
  FundingProject,
  Outcome,
  ActionPlan,
  Event,
  EventParticipant,
  Person,
  // the write path: accounts, history, imports
  User,
  UserPartnership,
  Session,
  ApiToken,
  HistoryEntry,
  ImportJob,
  // the stored region comparison summary
  ComparisonSummary,
  ComparisonSummaryFigure,
];
