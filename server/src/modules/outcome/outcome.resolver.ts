import { FieldResolver, Resolver, Root } from 'type-graphql';
import { SourcedNodeResolver } from '../../common/node.resolver.js';
import { ProjectType } from '../project/project.type.js';
import type { IOutcome } from './outcome.entity.js';
import { OutcomeType } from './outcome.type.js';

@Resolver(() => OutcomeType)
export class OutcomeResolver extends SourcedNodeResolver<IOutcome>(OutcomeType, 'Outcome', 'Outcome', (o) => o.id) {
  @FieldResolver(() => ProjectType, { description: 'The project.' })
  project(@Root() o: IOutcome) {
    return o.project.loadOrFail();
  }
}
