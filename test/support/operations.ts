import { readdirSync, readFileSync } from 'node:fs';

const dir = new URL('../../schema/operations/', import.meta.url);
let byOperation: Map<string, string> | undefined;

/** The text of the schema/operations/*.graphql document that defines the named operation. */
export function operationDocument(operationName: string): string {
  byOperation ??= new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .flatMap((f) => {
        const text = readFileSync(new URL(f, dir), 'utf8');
        return [...text.matchAll(/^(?:query|mutation|subscription)\s+(\w+)/gm)].map((m) => [m[1]!, text] as [string, string]);
      }),
  );
  const doc = byOperation.get(operationName);
  if (!doc) throw new Error(`no operation "${operationName}" in schema/operations`);
  return doc;
}
