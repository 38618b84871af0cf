import { Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { AtlasContext } from '../../common/context.js';
import { citationKey } from '../../common/context.js';
import { FigureStatusEnum, figureStatus, loadMany, loadRef, Money, type FigureStatus } from '../../common/graphql-types.js';
import { SourcedNodeResolver } from '../../common/node.resolver.js';
import { OrganisationType } from '../organisation/organisation.type.js';
import { ProjectType } from '../project/project.type.js';
import { CitationType } from '../source/source.type.js';
import { Programme, type IFunding, type IProgramme, type IProgrammeBudget } from './funding.entity.js';
import { FundingType, ProgrammeBudgetType, ProgrammeType } from './funding.type.js';

@Resolver(() => FundingType)
export class FundingResolver extends SourcedNodeResolver<IFunding>(FundingType, 'Funding', 'Funding', (f) => f.id) {
  @FieldResolver(() => Money, {
    nullable: true,
    description: 'The amount; null when the funding is reported but its size is not (never 0).',
  })
  money(@Root() f: IFunding): Money | null {
    return f.amount === null || f.amount === undefined ? null : { amount: f.amount, currency: f.currency };
  }

  @FieldResolver(() => FigureStatusEnum, { description: 'REPORTED, APPROXIMATE or NOT_REPORTED.' })
  amountStatus(@Root() f: IFunding): FigureStatus {
    return figureStatus(f.amount, f.approximate);
  }

  @FieldResolver(() => OrganisationType, {
    nullable: true,
    description: 'The funder; null when the source names none (or several together).',
  })
  funder(@Root() f: IFunding) {
    return loadRef(f.funder);
  }

  @FieldResolver(() => ProgrammeType, { nullable: true, description: 'The programme, when reported.' })
  programme(@Root() f: IFunding) {
    return loadRef(f.programme);
  }

  @FieldResolver(() => [ProjectType], { description: 'The projects this one amount covers together.' })
  projects(@Root() f: IFunding) {
    return loadMany(f.projects);
  }

  @FieldResolver(() => Boolean, { description: 'True when the amount covers more than one project (it is not split).' })
  shared(@Root() f: IFunding): boolean | Promise<boolean> {
    // A read-model object (project.read.ts) carries the count; otherwise counted in SQL, batched per
    // request by MikroORM's collection-count dataloader.
    if ('projectCount' in f) return (f as { projectCount: number }).projectCount > 1;
    if (f.projects.isInitialized()) return f.projects.count() > 1;
    return f.projects.loadCount().then((n) => n > 1);
  }
}

@Resolver(() => ProgrammeType)
export class ProgrammeResolver extends SourcedNodeResolver<IProgramme>(ProgrammeType, 'Programme', 'Programme', (p) => p.id) {
  @Query(() => [ProgrammeType], { description: 'Funding programmes, by name.' })
  programmes(@Ctx() ctx: AtlasContext): Promise<IProgramme[]> {
    return ctx.em.find(Programme, {}, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'The organisation that funds through the programme.' })
  funder(@Root() p: IProgramme) {
    return loadRef(p.funder);
  }

  @FieldResolver(() => [ProgrammeBudgetType], { description: 'Yearly budgets, where reported.' })
  budgets(@Root() p: IProgramme) {
    return loadMany(p.budgets);
  }
}

@Resolver(() => ProgrammeBudgetType)
export class ProgrammeBudgetResolver {
  @FieldResolver(() => Money, { description: 'The amount.' })
  money(@Root() b: IProgrammeBudget): Money {
    return { amount: b.amount, currency: b.currency };
  }

  @FieldResolver(() => Int, { description: 'The budget year.' })
  year(@Root() b: IProgrammeBudget): number {
    return b.year;
  }

  @FieldResolver(() => [CitationType], { description: 'The sources that state the budget.' })
  sources(@Root() b: IProgrammeBudget, @Ctx() ctx: AtlasContext) {
    return ctx.loaders.citations.load(citationKey('ProgrammeBudget', b.id));
  }
}
