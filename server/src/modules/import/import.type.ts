import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../common/pagination.js';
import { IMPORT_STATUSES } from './import.entity.js';

export const ImportKindEnum = {
  ORGANISATIONS: 'ORGANISATIONS',
  PROJECTS: 'PROJECTS',
  FUNDINGS: 'FUNDINGS',
  OUTCOMES: 'OUTCOMES',
  MEMBERSHIPS: 'MEMBERSHIPS',
} as const;
export type ImportKindName = keyof typeof ImportKindEnum;
registerEnumType(ImportKindEnum, {
  name: 'ImportKind',
  description: 'What a CSV file holds. The HTTP routes use the lowercase name: /import/organisations.',
});

export const ImportStatusEnum = Object.fromEntries(IMPORT_STATUSES.map((s) => [s, s])) as { [K in (typeof IMPORT_STATUSES)[number]]: K };
registerEnumType(ImportStatusEnum, {
  name: 'ImportStatus',
  description: 'PENDING (created, no file yet), RUNNING, SUCCEEDED, FAILED (nothing written).',
});

export const ImportActionEnum = { CREATE: 'CREATE', UPDATE: 'UPDATE', UNCHANGED: 'UNCHANGED' } as const;
registerEnumType(ImportActionEnum, { name: 'ImportAction', description: 'What a row does (or would do, in a dry run).' });

@ObjectType('ImportRowError', { description: 'A problem with one row (or the file as a whole: row 0; the header: row 1).' })
export class ImportRowErrorType {
  @Field(() => Int, {
    description: 'Row of the file as a spreadsheet numbers it: the header is row 1, the first data row 2. 0 for the file as a whole.',
  })
  row!: number;
  @Field(() => String, { nullable: true, description: 'The column, as headed in the file.' }) column!: string | null;
  @Field(() => String, { nullable: true, description: 'The cell as written.' }) value!: string | null;
  @Field(() => String, { description: 'What is wrong, and what is expected.' }) message!: string;
}

@ObjectType('ImportRowChange', { description: 'What one row creates or updates (or would, in a dry run).' })
export class ImportRowChangeType {
  @Field(() => Int, { description: 'Row of the file (header = 1).' }) row!: number;
  @Field(() => ImportActionEnum) action!: keyof typeof ImportActionEnum;
  @Field(() => String, { description: 'Natural key of the record: organisationsnummer, slug, key or composite.' }) key!: string;
  @Field(() => [String], { description: 'Fields set (create) or changed (update).' }) fields!: string[];
}

@ObjectType('ImportJob', { description: 'One CSV upload (dry run or commit) with its progress and report.' })
export class ImportJobType {
  @Field(() => ID) id!: string;
  @Field(() => ImportKindEnum) kind!: ImportKindName;
  @Field(() => Boolean, { description: 'True for a dry run: validated, nothing written.' }) dryRun!: boolean;
  @Field(() => ImportStatusEnum) status!: keyof typeof ImportStatusEnum;
  @Field(() => String, { nullable: true, description: 'Source key named for the whole file.' }) sourceKey!: string | null;
  @Field(() => Float, { nullable: true, description: 'Share done, 0–1 (by bytes read while running).' }) progress!: number | null;
  @Field(() => Int, { nullable: true, description: 'Size of the upload, when the client said.' }) bytesTotal!: number | null;
  @Field(() => Int) bytesProcessed!: number;
  @Field(() => Int, { nullable: true, description: 'Data rows in the file; known when it has been read to the end.' }) rowsTotal!:
    number | null;
  @Field(() => Int, { description: 'Data rows validated so far.' }) rowsProcessed!: number;
  @Field(() => Int, { description: 'Records created (or that would be).' }) created!: number;
  @Field(() => Int, { description: 'Records updated (or that would be).' }) updated!: number;
  @Field(() => Int, { description: 'Rows equal to their record: nothing to write.' }) unchanged!: number;
  @Field(() => Int, { description: 'All row errors (the list holds the first 1000).' }) errorCount!: number;
  @Field(() => [ImportRowErrorType], { description: 'Row errors, in file order (the first 1000).' }) errors!: ImportRowErrorType[];
  @Field(() => [ImportRowChangeType], { description: 'Creates and updates, in file order (the first 1000).' })
  changes!: ImportRowChangeType[];
  @Field(() => String, { nullable: true, description: 'Summary for a person.' }) message!: string | null;
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType('ImportColumn', { description: 'A column of an import template.' })
export class ImportColumnType {
  @Field(() => String, { description: 'English header.' }) name!: string;
  @Field(() => String, { description: 'Swedish header (also accepted).' }) swedishName!: string;
  @Field(() => Boolean, { description: 'Must be in the header.' }) required!: boolean;
  @Field(() => String) description!: string;
  @Field(() => String, { description: 'An example value.' }) example!: string;
}

@ObjectType('ImportTemplate', { description: 'A kind of CSV import: its columns and where to download the template.' })
export class ImportTemplateType {
  @Field(() => ImportKindEnum) kind!: ImportKindName;
  @Field(() => String, {
    description:
      'Path of the English template, e.g. /import/templates/organisations.csv (add ?lang=sv for Swedish headers and ; separators).',
  })
  templateUrl!: string;
  @Field(() => String, {
    description: 'Path to POST the CSV to (text/csv body; ?dryRun=1 to validate only; ?source=KEY names the source for every row).',
  })
  uploadUrl!: string;
  @Field(() => String, { description: 'How rows match existing records (so a re-import changes nothing).' }) matchedBy!: string;
  @Field(() => [ImportColumnType]) columns!: ImportColumnType[];
}

export const ImportJobConnection = Connection(ImportJobType, 'ImportJob');
