/** SQL fragments shared by the hand-written (B2) queries: they rebuild the API's JSON in PostgreSQL. */

/** Global id of a "Type:key" text expression: base64url without padding. */
export const gidOf = (ref: string) =>
  `translate(rtrim(replace(encode(convert_to(${ref}, 'UTF8'), 'base64'), E'\\n', ''), '='), '+/', '-_')`;

/** ASF Atlas global id: base64url("Type:key"). */
export const gid = (type: string, key: string) => gidOf(`'${type}:' || ${key}`);

/** DateValue { date, approximate } or null. */
export const dateValue = (date: string, approximate: string) =>
  `case when ${date} is null then null else json_build_object('date', ${date}, 'approximate', ${approximate}) end`;

/** A JSON array aggregate that is [] rather than null when there are no rows. */
export const list = (select: string) => `coalesce((${select}), '[]'::json)`;

/** Relay cursor for an offset: base64url("o:<offset>"). */
export const cursor = (offset: string) => `translate(rtrim(encode(convert_to('o:' || (${offset}), 'UTF8'), 'base64'), '='), '+/', '-_')`;

/** FigureStatus of an amount. */
export const figureStatus = (value: string, approximate: string) =>
  `case when ${value} is null then 'NOT_REPORTED' when ${approximate} then 'APPROXIMATE' else 'REPORTED' end`;

/** { slug, name } of an organisation, partnership, project or programme row. */
export const slugName = (alias: string) => `json_build_object('slug', ${alias}.slug, 'name', ${alias}.name)`;

/** Citations of a record: [{ quote, source { <sourceFields> } }] in citation order. */
export const citations = (subject: string, idExpr: string, sourceFields: string[]) =>
  list(
    `select json_agg(json_build_object('quote', c.quote, 'source', json_build_object(${sourceFields.map((f) => `'${f}', s.${f}`).join(', ')})) order by c.id)
       from citation c join source s on s.id = c.source_id where c.subject_type = '${subject}' and c.subject_id = (${idExpr})::text`,
  );

/** Same as ASF Atlas: base64url of "Type:key", computed in JS (for mapping PostGraphile rows). */
export function globalId(type: string, key: string | number): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}
