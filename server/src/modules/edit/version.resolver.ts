import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { EventType } from '../activity/activity.type.js';
import { OutcomeType } from '../outcome/outcome.type.js';
import { SourceType } from '../source/source.type.js';

// Edits carry the version the user loaded (optimistic locking). Types whose read API did not show it
// get it here, so every editable record answers `version`.
const description = 'Record version, for optimistic locking of edits.';

@Resolver(() => OutcomeType)
export class OutcomeVersionResolver {
  @FieldResolver(() => Int, { description })
  version(@Root() o: { version: number }): number {
    return o.version;
  }
}

@Resolver(() => EventType)
export class EventVersionResolver {
  @FieldResolver(() => Int, { description })
  version(@Root() e: { version: number }): number {
    return e.version;
  }
}

@Resolver(() => SourceType)
export class SourceVersionResolver {
  @FieldResolver(() => Int, { description })
  version(@Root() s: { version: number }): number {
    return s.version;
  }
}
