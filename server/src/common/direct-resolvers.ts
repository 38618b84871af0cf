import { GraphQLObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage, type ContainerType } from 'type-graphql';

/**
 * The resolver classes' instances, one per class, shared by type-graphql (the schema's `container`)
 * and the direct calls below.
 */
export class ResolverInstances implements ContainerType {
  private readonly instances = new Map<Function, object>();

  get<T>(someClass: new () => T): T {
    let instance = this.instances.get(someClass);
    if (!instance) {
      instance = new someClass() as object;
      this.instances.set(someClass, instance);
    }
    return instance as T;
  }
}

type ParamKind = 'root' | 'context' | 'info';

/**
 * Calls the @FieldResolver methods that take only the parent object, the context or the resolve info
 * directly, instead of through type-graphql's handler. For every call that handler looks the class
 * instance up in its container, sorts the parameter list, maps it to values, checks each for a
 * promise and runs the (here empty) middleware stack: measured at ~5 % of the CPU of a projects page,
 * which calls such resolvers (funder, programme, money, participants, ...) hundreds of times. The
 * method, its instance and its arguments are the same, so the result is too. Left to type-graphql:
 * every resolver with arguments (validated and converted there), a typed @Root (converted), a
 * @Root("property") or @Ctx("property") (read there), middlewares or @Authorized roles.
 */
export function callFieldResolversDirectly(
  schema: GraphQLSchema,
  resolverClasses: readonly Function[],
  instances: ResolverInstances,
): number {
  const storage = getMetadataStorage();
  let replaced = 0;
  // type-graphql gives a field the first of these that matches its type and method (schema-generator's
  // `find`): only that one is looked at, so a field is never given another method than the handler's
  const decided = new Set<string>();
  for (const fr of storage.fieldResolvers) {
    if (fr.kind !== 'internal' && !resolverClasses.includes(fr.target)) continue;
    const objectClass = fr.getObjectType?.();
    const typeName = storage.objectTypes.find((o) => o.target === objectClass)?.name;
    const decision = `${typeName}\n${fr.methodName}`;
    if (decided.has(decision)) continue;
    decided.add(decision);
    if (fr.kind !== 'external' || fr.middlewares?.length || fr.roles?.length) continue;
    const params = [...(fr.params ?? [])].sort((a, b) => a.index - b.index);
    const kinds: ParamKind[] = [];
    for (const p of params) {
      if (p.kind === 'root' && !p.propertyName && !p.getType) kinds.push('root');
      else if (p.kind === 'context' && !p.propertyName) kinds.push('context');
      else if (p.kind === 'info') kinds.push('info');
      else break;
    }
    if (kinds.length !== params.length) continue;
    const type = typeName ? schema.getType(typeName) : undefined;
    if (!(type instanceof GraphQLObjectType)) continue;
    const field = type.getFields()[fr.schemaName];
    if (!field) continue;
    const instance = instances.get(fr.target as new () => Record<string, (...args: unknown[]) => unknown>);
    const method = instance[fr.methodName];
    if (typeof method !== 'function') continue;
    const resolve: GraphQLFieldResolver<unknown, unknown> =
      kinds.length === 1 && kinds[0] === 'root'
        ? (root) => method.call(instance, root)
        : (root, _args, context, info) =>
            method.apply(
              instance,
              kinds.map((k) => (k === 'root' ? root : k === 'context' ? context : info)),
            );
    field.resolve = resolve;
    replaced++;
  }
  return replaced;
}
