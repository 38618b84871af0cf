import { Migration } from '@mikro-orm/migrations';

export class Migration20261121233923 extends Migration {

  override name = 'Migration20261121233923';

  override up(): void | Promise<void> {
    this.addSql(`create table "history_entry" ("id" serial primary key, "at" timestamptz not null, "actor_id" int null, "actor_name" varchar(254) null, "entity_type" varchar(40) not null, "entity_id" varchar(40) not null, "parent_type" varchar(40) null, "parent_id" varchar(40) null, "action" text not null, "before" jsonb null, "after" jsonb null, "source_key" varchar(80) null, "import_job_id" int null, "request_id" varchar(100) null);`);
    this.addSql(`create index "history_entry_entity_index" on "history_entry" ("entity_type", "entity_id", "id");`);
    this.addSql(`create index "history_entry_parent_index" on "history_entry" ("parent_type", "parent_id", "id");`);

    this.addSql(`create table "import_job" ("id" serial primary key, "kind" text not null, "dry_run" boolean not null, "status" text not null, "user_id" int null, "actor_name" varchar(254) null, "source_key" varchar(80) null, "bytes_total" bigint null, "bytes_processed" bigint not null default '0', "rows_total" int null, "rows_processed" int not null default 0, "created" int not null default 0, "updated" int not null default 0, "unchanged" int not null default 0, "error_count" int not null default 0, "errors" jsonb null, "changes" jsonb null, "message" text null, "created_at" timestamptz not null, "finished_at" timestamptz null);`);
    this.addSql(`create index "import_job_user_id_index" on "import_job" ("user_id");`);

    this.addSql(`create table "app_user" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(254) not null, "display_name" varchar(200) null, "password_hash" varchar(200) not null, "role" text not null, "disabled" boolean not null default false);`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "auth_session" ("token_hash" varchar(64) not null, "user_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "last_seen_at" timestamptz not null, "user_agent" varchar(300) null, primary key ("token_hash"));`);
    this.addSql(`create index "auth_session_user_id_index" on "auth_session" ("user_id");`);
    this.addSql(`create index "auth_session_expires_at_index" on "auth_session" ("expires_at");`);

    this.addSql(`create table "api_token" ("id" serial primary key, "user_id" int not null, "name" varchar(120) not null, "token_hash" varchar(64) not null, "prefix" varchar(20) not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null);`);
    this.addSql(`create index "api_token_user_id_index" on "api_token" ("user_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "user_partnership" ("id" serial primary key, "user_id" int not null, "partnership_id" int not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "user_partnership_partnership_id_index" on "user_partnership" ("partnership_id");`);
    this.addSql(`alter table "user_partnership" add constraint "user_partnership_user_id_partnership_id_unique" unique ("user_id", "partnership_id");`);

    this.addSql(`alter table "history_entry" add constraint "history_entry_action_check" check ("action" in ('CREATE', 'UPDATE', 'DELETE'));`);

    this.addSql(`alter table "import_job" add constraint "import_job_kind_check" check ("kind" in ('organisations', 'projects', 'fundings', 'outcomes', 'memberships'));`);
    this.addSql(`alter table "import_job" add constraint "import_job_status_check" check ("status" in ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED'));`);

    this.addSql(`alter table "app_user" add constraint "app_user_email_lowercase" check (email = lower(email));`);
    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check ("role" in ('ADMIN', 'EDITOR', 'PARTNERSHIP_EDITOR', 'VIEWER'));`);

    this.addSql(`alter table "auth_session" add constraint "auth_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`alter table "user_partnership" add constraint "user_partnership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "user_partnership" add constraint "user_partnership_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "auth_session" drop constraint "auth_session_user_id_foreign";`);
    this.addSql(`alter table "api_token" drop constraint "api_token_user_id_foreign";`);
    this.addSql(`alter table "user_partnership" drop constraint "user_partnership_user_id_foreign";`);

    this.addSql(`drop table if exists "history_entry" cascade;`);
    this.addSql(`drop table if exists "import_job" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "auth_session" cascade;`);
    this.addSql(`drop table if exists "api_token" cascade;`);
    this.addSql(`drop table if exists "user_partnership" cascade;`);
  }

}
