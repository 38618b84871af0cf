import { Migration } from '@mikro-orm/migrations';

export class Migration20261121232559 extends Migration {

  override name = 'Migration20261121232559';

  override up(): void | Promise<void> {
    this.addSql(`create table "region" ("code" varchar(8) not null, "kind" text not null, "name" varchar(120) not null, "name_en" varchar(120) null, "country" varchar(2) not null, "iso31662" varchar(8) null, "nuts" varchar(8) null, "map_id" varchar(8) null, "search_key" text not null, primary key ("code"));`);
    this.addSql(`alter table "region" add constraint "region_iso31662_unique" unique ("iso31662");`);

    this.addSql(`create table "municipality" ("code" varchar(4) not null, "name" varchar(120) not null, "region_code" varchar(8) not null, "search_key" text not null, primary key ("code"));`);
    this.addSql(`create index "municipality_region_code_index" on "municipality" ("region_code");`);

    this.addSql(`create table "organisation" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "slug" varchar(200) not null, "kind" text not null, "org_number" varchar(11) null, "municipality_code" varchar(4) null, "region_code" varchar(8) null, "country" varchar(2) null, "url" text null, "description" text null, "legal_form" varchar(120) null, "business_line" text null, "integration_line" text null, "search_key" text not null);`);
    this.addSql(`alter table "organisation" add constraint "organisation_slug_unique" unique ("slug");`);
    this.addSql(`create index "organisation_kind_index" on "organisation" ("kind");`);
    this.addSql(`alter table "organisation" add constraint "organisation_org_number_unique" unique ("org_number");`);
    this.addSql(`create index "organisation_municipality_code_index" on "organisation" ("municipality_code");`);
    this.addSql(`create index "organisation_region_code_index" on "organisation" ("region_code");`);

    this.addSql(`create table "project" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "slug" varchar(200) not null, "description" text null, "start_date" date null, "start_approximate" boolean not null default false, "end_date" date null, "end_approximate" boolean not null default false, "status" text not null default 'UNKNOWN', "owner_id" int null, "search_key" text not null);`);
    this.addSql(`alter table "project" add constraint "project_slug_unique" unique ("slug");`);
    this.addSql(`create index "project_owner_id_index" on "project" ("owner_id");`);

    this.addSql(`create table "project_region" ("id" serial primary key, "project_id" int not null, "region_code" varchar(8) not null);`);
    this.addSql(`create index "project_region_region_code_index" on "project_region" ("region_code");`);
    this.addSql(`alter table "project_region" add constraint "project_region_project_id_region_code_unique" unique ("project_id", "region_code");`);

    this.addSql(`create table "project_phase" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "project_id" int not null, "position" int not null, "name" varchar(120) not null, "description" text null, "start_date" date null, "start_approximate" boolean not null default false, "end_date" date null, "end_approximate" boolean not null default false, "duration_months" int null);`);
    this.addSql(`alter table "project_phase" add constraint "project_phase_project_id_position_unique" unique ("project_id", "position");`);

    this.addSql(`create table "project_municipality" ("id" serial primary key, "project_id" int not null, "municipality_code" varchar(4) not null);`);
    this.addSql(`create index "project_municipality_municipality_code_index" on "project_municipality" ("municipality_code");`);
    this.addSql(`alter table "project_municipality" add constraint "project_municipality_project_id_municipality_code_unique" unique ("project_id", "municipality_code");`);

    this.addSql(`create table "outcome" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "project_id" int not null, "metric" text not null, "kind" text not null, "comparison" text not null, "value" numeric(14,2) null, "share" numeric(5,4) null, "share_of" text null, "period_start" date null, "period_end" date null, "note" text null);`);
    this.addSql(`alter table "outcome" add constraint "outcome_project_id_metric_kind_comparison_unique" unique ("project_id", "metric", "kind", "comparison");`);

    this.addSql(`create table "programme" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "slug" varchar(200) not null, "reference" varchar(80) null, "funder_id" int null, "description" text null);`);
    this.addSql(`alter table "programme" add constraint "programme_slug_unique" unique ("slug");`);

    this.addSql(`create table "programme_budget" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "programme_id" int not null, "year" int not null, "amount" numeric(18,2) not null, "currency" varchar(3) not null, "comparison" text not null);`);
    this.addSql(`alter table "programme_budget" add constraint "programme_budget_programme_id_year_unique" unique ("programme_id", "year");`);

    this.addSql(`create table "person" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "key" varchar(120) not null, "name" varchar(200) not null, "role" text null, "party" varchar(10) null, "organisation_id" int null);`);
    this.addSql(`alter table "person" add constraint "person_key_unique" unique ("key");`);

    this.addSql(`create table "partnership" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "slug" varchar(200) not null, "region_code" varchar(8) null, "coordinator_id" int null, "description" text null, "started_on" date null, "started_approximate" boolean not null default false, "search_key" text not null);`);
    this.addSql(`alter table "partnership" add constraint "partnership_slug_unique" unique ("slug");`);
    this.addSql(`create index "partnership_region_code_index" on "partnership" ("region_code");`);

    this.addSql(`create table "project_participant" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "project_id" int not null, "organisation_id" int null, "partnership_id" int null, "role" text not null, "note" text null);`);
    this.addSql(`create index "project_participant_organisation_id_index" on "project_participant" ("organisation_id");`);
    this.addSql(`create index "project_participant_partnership_id_index" on "project_participant" ("partnership_id");`);
    this.addSql(`alter table "project_participant" add constraint "project_participant_project_id_organisation_id_pa_0fb65_unique" unique ("project_id", "organisation_id", "partnership_id", "role");`);

    this.addSql(`create table "membership" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "partnership_id" int not null, "organisation_id" int not null, "role" text not null, "from_date" date null, "from_approximate" boolean not null default false, "to_date" date null, "to_approximate" boolean not null default false);`);
    this.addSql(`create index "membership_organisation_id_index" on "membership" ("organisation_id");`);
    this.addSql(`alter table "membership" add constraint "membership_partnership_id_organisation_id_role_unique" unique ("partnership_id", "organisation_id", "role");`);

    this.addSql(`create table "funding" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "key" varchar(120) not null, "funder_id" int null, "programme_id" int null, "amount" numeric(18,2) null, "currency" varchar(3) not null default 'SEK', "comparison" text not null default 'EXACTLY', "approximate" boolean not null default false, "year_from" int null, "year_to" int null, "note" text null);`);
    this.addSql(`alter table "funding" add constraint "funding_key_unique" unique ("key");`);
    this.addSql(`create index "funding_funder_id_index" on "funding" ("funder_id");`);
    this.addSql(`create index "funding_programme_id_index" on "funding" ("programme_id");`);

    this.addSql(`create table "funding_project" ("funding_id" int not null, "project_id" int not null, primary key ("funding_id", "project_id"));`);
    this.addSql(`create index "funding_project_project_id_index" on "funding_project" ("project_id");`);

    this.addSql(`create table "event" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "key" varchar(120) not null, "name" varchar(200) not null, "kind" text not null, "project_id" int null, "start_date" date null, "end_date" date null, "date_approximate" boolean not null default false, "place" varchar(200) null, "country" varchar(2) null, "municipality_code" varchar(4) null, "region_code" varchar(8) null, "times_per_year" int null, "visitor_countries" text[] null, "description" text null);`);
    this.addSql(`alter table "event" add constraint "event_key_unique" unique ("key");`);
    this.addSql(`create index "event_project_id_index" on "event" ("project_id");`);

    this.addSql(`create table "event_participant" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "event_id" int not null, "organisation_id" int null, "partnership_id" int null, "role" text not null);`);
    this.addSql(`create index "event_participant_organisation_id_index" on "event_participant" ("organisation_id");`);
    this.addSql(`alter table "event_participant" add constraint "event_participant_event_id_organisation_id_partne_9f0de_unique" unique ("event_id", "organisation_id", "partnership_id", "role");`);

    this.addSql(`create table "action_plan" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "key" varchar(120) not null, "name" varchar(200) not null, "owner_id" int null, "region_code" varchar(8) null, "activity_count" int null, "period_years" int null, "adopted_year" int null, "adopted_approximate" boolean not null default false, "description" text null);`);
    this.addSql(`alter table "action_plan" add constraint "action_plan_key_unique" unique ("key");`);

    this.addSql(`create table "source" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "key" varchar(80) not null, "title" text not null, "publisher" varchar(200) not null, "kind" text not null, "published_on" date null, "published_approximate" boolean not null default false, "published_text" varchar(80) null, "language" varchar(8) not null, "url" text null, "file_name" varchar(200) null, "summary" text null);`);
    this.addSql(`alter table "source" add constraint "source_key_unique" unique ("key");`);

    this.addSql(`create table "region_population" ("id" serial primary key, "region_code" varchar(8) not null, "year" int not null, "population" int not null, "source_id" int not null);`);
    this.addSql(`alter table "region_population" add constraint "region_population_region_code_year_unique" unique ("region_code", "year");`);

    this.addSql(`create table "partnership_size" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "partnership_id" int not null, "member_count" int not null, "comparison" text not null, "as_of" date null, "as_of_approximate" boolean not null default false, "as_of_text" varchar(80) null, "source_id" int not null);`);
    this.addSql(`alter table "partnership_size" add constraint "partnership_size_partnership_id_source_id_unique" unique ("partnership_id", "source_id");`);

    this.addSql(`create table "citation" ("id" serial primary key, "source_id" int not null, "subject_type" text not null, "subject_id" varchar(40) not null, "quote" text null, "created_at" timestamptz not null);`);
    this.addSql(`create index "citation_subject_type_subject_id_index" on "citation" ("subject_type", "subject_id");`);
    this.addSql(`alter table "citation" add constraint "citation_source_id_subject_type_subject_id_unique" unique ("source_id", "subject_type", "subject_id");`);

    this.addSql(`alter table "region" add constraint "region_county_code_check" check (kind <> 'COUNTY' or code ~ '^[0-9]{2}\$');`);
    this.addSql(`alter table "region" add constraint "region_kind_check" check ("kind" in ('COUNTY', 'EUROPEAN'));`);

    this.addSql(`alter table "municipality" add constraint "municipality_region_code_foreign" foreign key ("region_code") references "region" ("code") on delete restrict;`);
    this.addSql(`alter table "municipality" add constraint "municipality_in_its_county" check (code ~ '^[0-9]{4}\$' and left(code, 2) = region_code);`);

    this.addSql(`alter table "organisation" add constraint "organisation_municipality_code_foreign" foreign key ("municipality_code") references "municipality" ("code") on delete restrict;`);
    this.addSql(`alter table "organisation" add constraint "organisation_region_code_foreign" foreign key ("region_code") references "region" ("code") on delete restrict;`);
    this.addSql(`alter table "organisation" add constraint "organisation_slug_format" check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*\$');`);
    this.addSql(`alter table "organisation" add constraint "organisation_kind_check" check ("kind" in ('REGIONAL_BODY', 'MUNICIPALITY', 'GOVERNMENT_AGENCY', 'EU_PROGRAMME', 'SOCIAL_ENTERPRISE', 'ASSOCIATION', 'FOUNDATION', 'COMPANY', 'OTHER'));`);

    this.addSql(`alter table "project" add constraint "project_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on delete restrict;`);
    this.addSql(`alter table "project" add constraint "project_slug_format" check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*\$');`);
    this.addSql(`alter table "project" add constraint "project_dates_ordered" check (end_date is null or start_date is null or start_date <= end_date);`);
    this.addSql(`alter table "project" add constraint "project_status_check" check ("status" in ('PLANNED', 'ACTIVE', 'COMPLETED', 'UNKNOWN'));`);

    this.addSql(`alter table "project_region" add constraint "project_region_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);
    this.addSql(`alter table "project_region" add constraint "project_region_region_code_foreign" foreign key ("region_code") references "region" ("code") on delete restrict;`);

    this.addSql(`alter table "project_phase" add constraint "project_phase_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);
    this.addSql(`alter table "project_phase" add constraint "project_phase_dates_ordered" check (end_date is null or start_date is null or start_date <= end_date);`);

    this.addSql(`alter table "project_municipality" add constraint "project_municipality_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);
    this.addSql(`alter table "project_municipality" add constraint "project_municipality_municipality_code_foreign" foreign key ("municipality_code") references "municipality" ("code") on delete restrict;`);

    this.addSql(`alter table "outcome" add constraint "outcome_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);
    this.addSql(`alter table "outcome" add constraint "outcome_value_or_share" check ((value is not null) or (share is not null and share_of is not null));`);
    this.addSql(`alter table "outcome" add constraint "outcome_value_non_negative" check (value is null or value >= 0);`);
    this.addSql(`alter table "outcome" add constraint "outcome_share_range" check (share is null or (share >= 0 and share <= 1));`);
    this.addSql(`alter table "outcome" add constraint "outcome_metric_check" check ("metric" in ('PARTICIPANTS', 'PARTICIPANTS_WOMEN', 'INTO_WORK', 'JOBS_CREATED', 'ENTERPRISES_SUPPORTED', 'STAFF'));`);
    this.addSql(`alter table "outcome" add constraint "outcome_kind_check" check ("kind" in ('TARGET', 'ACTUAL'));`);
    this.addSql(`alter table "outcome" add constraint "outcome_comparison_check" check ("comparison" in ('EXACTLY', 'APPROXIMATELY', 'AT_MOST', 'AT_LEAST', 'NEARLY'));`);
    this.addSql(`alter table "outcome" add constraint "outcome_share_of_check" check ("share_of" in ('PARTICIPANTS', 'PARTICIPANTS_WOMEN', 'INTO_WORK', 'JOBS_CREATED', 'ENTERPRISES_SUPPORTED', 'STAFF'));`);

    this.addSql(`alter table "programme" add constraint "programme_funder_id_foreign" foreign key ("funder_id") references "organisation" ("id") on delete restrict;`);

    this.addSql(`alter table "programme_budget" add constraint "programme_budget_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on delete cascade;`);
    this.addSql(`alter table "programme_budget" add constraint "programme_budget_amount_non_negative" check (amount >= 0);`);
    this.addSql(`alter table "programme_budget" add constraint "programme_budget_comparison_check" check ("comparison" in ('EXACTLY', 'APPROXIMATELY', 'AT_MOST', 'AT_LEAST', 'NEARLY'));`);

    this.addSql(`alter table "person" add constraint "person_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete set null;`);

    this.addSql(`alter table "partnership" add constraint "partnership_region_code_foreign" foreign key ("region_code") references "region" ("code") on delete restrict;`);
    this.addSql(`alter table "partnership" add constraint "partnership_coordinator_id_foreign" foreign key ("coordinator_id") references "organisation" ("id") on delete restrict;`);
    this.addSql(`alter table "partnership" add constraint "partnership_slug_format" check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*\$');`);

    this.addSql(`alter table "project_participant" add constraint "project_participant_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`);
    this.addSql(`alter table "project_participant" add constraint "project_participant_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete restrict;`);
    this.addSql(`alter table "project_participant" add constraint "project_participant_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on delete restrict;`);
    this.addSql(`alter table "project_participant" add constraint "project_participant_one_party" check ((organisation_id is null) <> (partnership_id is null));`);
    this.addSql(`alter table "project_participant" add constraint "project_participant_role_check" check ("role" in ('LEAD', 'OWNER', 'PARTNER', 'FUNDER', 'HOST', 'PARTICIPANT'));`);

    this.addSql(`alter table "membership" add constraint "membership_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete restrict;`);
    this.addSql(`alter table "membership" add constraint "membership_dates_ordered" check (to_date is null or from_date is null or from_date <= to_date);`);
    this.addSql(`alter table "membership" add constraint "membership_role_check" check ("role" in ('MEMBER', 'COORDINATOR'));`);

    this.addSql(`alter table "funding" add constraint "funding_funder_id_foreign" foreign key ("funder_id") references "organisation" ("id") on delete restrict;`);
    this.addSql(`alter table "funding" add constraint "funding_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on delete restrict;`);
    this.addSql(`alter table "funding" add constraint "funding_amount_non_negative" check (amount is null or amount >= 0);`);
    this.addSql(`alter table "funding" add constraint "funding_years_ordered" check (year_to is null or year_from is null or year_from <= year_to);`);
    this.addSql(`alter table "funding" add constraint "funding_comparison_check" check ("comparison" in ('EXACTLY', 'APPROXIMATELY', 'AT_MOST', 'AT_LEAST', 'NEARLY'));`);

    this.addSql(`alter table "funding_project" add constraint "funding_project_funding_id_foreign" foreign key ("funding_id") references "funding" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "funding_project" add constraint "funding_project_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "event" add constraint "event_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete set null;`);
    this.addSql(`alter table "event" add constraint "event_municipality_code_foreign" foreign key ("municipality_code") references "municipality" ("code") on delete restrict;`);
    this.addSql(`alter table "event" add constraint "event_region_code_foreign" foreign key ("region_code") references "region" ("code") on delete restrict;`);
    this.addSql(`alter table "event" add constraint "event_dates_ordered" check (end_date is null or start_date is null or start_date <= end_date);`);
    this.addSql(`alter table "event" add constraint "event_kind_check" check ("kind" in ('STUDY_VISIT', 'MEETING', 'RECURRING_MEETING', 'DINNER', 'CONFERENCE'));`);

    this.addSql(`alter table "event_participant" add constraint "event_participant_event_id_foreign" foreign key ("event_id") references "event" ("id") on delete cascade;`);
    this.addSql(`alter table "event_participant" add constraint "event_participant_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete restrict;`);
    this.addSql(`alter table "event_participant" add constraint "event_participant_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on delete restrict;`);
    this.addSql(`alter table "event_participant" add constraint "event_participant_one_party" check ((organisation_id is null) <> (partnership_id is null));`);
    this.addSql(`alter table "event_participant" add constraint "event_participant_role_check" check ("role" in ('HOST', 'VISITED', 'PARTICIPANT', 'ORGANISER'));`);

    this.addSql(`alter table "action_plan" add constraint "action_plan_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on delete restrict;`);
    this.addSql(`alter table "action_plan" add constraint "action_plan_region_code_foreign" foreign key ("region_code") references "region" ("code") on delete restrict;`);
    this.addSql(`alter table "action_plan" add constraint "action_plan_activity_count_non_negative" check (activity_count is null or activity_count >= 0);`);

    this.addSql(`alter table "source" add constraint "source_kind_check" check ("kind" in ('NEWS', 'PRESS_RELEASE', 'ARTICLE', 'REFERENCE_DATA', 'GOVERNMENT', 'USER'));`);

    this.addSql(`alter table "region_population" add constraint "region_population_region_code_foreign" foreign key ("region_code") references "region" ("code") on delete cascade;`);
    this.addSql(`alter table "region_population" add constraint "region_population_source_id_foreign" foreign key ("source_id") references "source" ("id") on delete restrict;`);
    this.addSql(`alter table "region_population" add constraint "region_population_positive" check (population > 0);`);

    this.addSql(`alter table "partnership_size" add constraint "partnership_size_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on delete cascade;`);
    this.addSql(`alter table "partnership_size" add constraint "partnership_size_source_id_foreign" foreign key ("source_id") references "source" ("id") on delete restrict;`);
    this.addSql(`alter table "partnership_size" add constraint "partnership_size_positive" check (member_count >= 0);`);
    this.addSql(`alter table "partnership_size" add constraint "partnership_size_comparison_check" check ("comparison" in ('EXACTLY', 'APPROXIMATELY', 'AT_MOST', 'AT_LEAST', 'NEARLY'));`);

    this.addSql(`alter table "citation" add constraint "citation_source_id_foreign" foreign key ("source_id") references "source" ("id") on delete restrict;`);
    this.addSql(`alter table "citation" add constraint "citation_subject_type_check" check ("subject_type" in ('Region', 'RegionPopulation', 'Municipality', 'Organisation', 'Partnership', 'Membership', 'PartnershipSize', 'Project', 'ProjectPhase', 'ProjectParticipant', 'ProjectRegion', 'ProjectMunicipality', 'Programme', 'ProgrammeBudget', 'Funding', 'Outcome', 'ActionPlan', 'Event', 'EventParticipant', 'Person'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "municipality" drop constraint "municipality_region_code_foreign";`);
    this.addSql(`alter table "organisation" drop constraint "organisation_region_code_foreign";`);
    this.addSql(`alter table "project_region" drop constraint "project_region_region_code_foreign";`);
    this.addSql(`alter table "partnership" drop constraint "partnership_region_code_foreign";`);
    this.addSql(`alter table "event" drop constraint "event_region_code_foreign";`);
    this.addSql(`alter table "action_plan" drop constraint "action_plan_region_code_foreign";`);
    this.addSql(`alter table "region_population" drop constraint "region_population_region_code_foreign";`);
    this.addSql(`alter table "organisation" drop constraint "organisation_municipality_code_foreign";`);
    this.addSql(`alter table "project_municipality" drop constraint "project_municipality_municipality_code_foreign";`);
    this.addSql(`alter table "event" drop constraint "event_municipality_code_foreign";`);
    this.addSql(`alter table "project" drop constraint "project_owner_id_foreign";`);
    this.addSql(`alter table "programme" drop constraint "programme_funder_id_foreign";`);
    this.addSql(`alter table "person" drop constraint "person_organisation_id_foreign";`);
    this.addSql(`alter table "partnership" drop constraint "partnership_coordinator_id_foreign";`);
    this.addSql(`alter table "project_participant" drop constraint "project_participant_organisation_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_organisation_id_foreign";`);
    this.addSql(`alter table "funding" drop constraint "funding_funder_id_foreign";`);
    this.addSql(`alter table "event_participant" drop constraint "event_participant_organisation_id_foreign";`);
    this.addSql(`alter table "action_plan" drop constraint "action_plan_owner_id_foreign";`);
    this.addSql(`alter table "project_region" drop constraint "project_region_project_id_foreign";`);
    this.addSql(`alter table "project_phase" drop constraint "project_phase_project_id_foreign";`);
    this.addSql(`alter table "project_municipality" drop constraint "project_municipality_project_id_foreign";`);
    this.addSql(`alter table "outcome" drop constraint "outcome_project_id_foreign";`);
    this.addSql(`alter table "project_participant" drop constraint "project_participant_project_id_foreign";`);
    this.addSql(`alter table "funding_project" drop constraint "funding_project_project_id_foreign";`);
    this.addSql(`alter table "event" drop constraint "event_project_id_foreign";`);
    this.addSql(`alter table "programme_budget" drop constraint "programme_budget_programme_id_foreign";`);
    this.addSql(`alter table "funding" drop constraint "funding_programme_id_foreign";`);
    this.addSql(`alter table "project_participant" drop constraint "project_participant_partnership_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_partnership_id_foreign";`);
    this.addSql(`alter table "event_participant" drop constraint "event_participant_partnership_id_foreign";`);
    this.addSql(`alter table "partnership_size" drop constraint "partnership_size_partnership_id_foreign";`);
    this.addSql(`alter table "funding_project" drop constraint "funding_project_funding_id_foreign";`);
    this.addSql(`alter table "event_participant" drop constraint "event_participant_event_id_foreign";`);
    this.addSql(`alter table "region_population" drop constraint "region_population_source_id_foreign";`);
    this.addSql(`alter table "partnership_size" drop constraint "partnership_size_source_id_foreign";`);
    this.addSql(`alter table "citation" drop constraint "citation_source_id_foreign";`);

    this.addSql(`drop table if exists "region" cascade;`);
    this.addSql(`drop table if exists "municipality" cascade;`);
    this.addSql(`drop table if exists "organisation" cascade;`);
    this.addSql(`drop table if exists "project" cascade;`);
    this.addSql(`drop table if exists "project_region" cascade;`);
    this.addSql(`drop table if exists "project_phase" cascade;`);
    this.addSql(`drop table if exists "project_municipality" cascade;`);
    this.addSql(`drop table if exists "outcome" cascade;`);
    this.addSql(`drop table if exists "programme" cascade;`);
    this.addSql(`drop table if exists "programme_budget" cascade;`);
    this.addSql(`drop table if exists "person" cascade;`);
    this.addSql(`drop table if exists "partnership" cascade;`);
    this.addSql(`drop table if exists "project_participant" cascade;`);
    this.addSql(`drop table if exists "membership" cascade;`);
    this.addSql(`drop table if exists "funding" cascade;`);
    this.addSql(`drop table if exists "funding_project" cascade;`);
    this.addSql(`drop table if exists "event" cascade;`);
    this.addSql(`drop table if exists "event_participant" cascade;`);
    this.addSql(`drop table if exists "action_plan" cascade;`);
    this.addSql(`drop table if exists "source" cascade;`);
    this.addSql(`drop table if exists "region_population" cascade;`);
    this.addSql(`drop table if exists "partnership_size" cascade;`);
    this.addSql(`drop table if exists "citation" cascade;`);
  }

}
