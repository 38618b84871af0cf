import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the network's walks (network.sql.ts), which look up every relation from one end:
 * - a partnership's coordinator (partnership.coordinator_id had no index: every walk read the table);
 * - an organisation's partnerships from the index alone (membership: organisation_id, partnership_id);
 * - a project's funders and a funder's projects from funding_project alone: the funding's funder is
 *   copied into funding_project.funder_id and kept equal by two triggers, so a walk no longer looks up
 *   each funding (26 000 lookups for the network around a region at the large benchmark size).
 */
export class Migration20261122111035 extends Migration {
  override name = 'Migration20261122111035';

  override up(): void | Promise<void> {
    this.addSql(`create index "partnership_coordinator_id_index" on "partnership" ("coordinator_id");`);

    this.addSql(`drop index "membership_organisation_id_index";`);
    this.addSql(`create index "membership_organisation_id_partnership_id_index" on "membership" ("organisation_id", "partnership_id");`);

    this.addSql(`alter table "funding_project" add "funder_id" int null;`);
    this.addSql(`create function funding_project_funder() returns trigger language plpgsql as $$
      begin
        new.funder_id := (select f.funder_id from funding f where f.id = new.funding_id);
        return new;
      end $$;`);
    this.addSql(`create function funding_funder_to_projects() returns trigger language plpgsql as $$
      begin
        update funding_project set funder_id = new.funder_id where funding_id = new.id;
        return null;
      end $$;`);
    // The copy is not read by the region comparison: filling it marks no summary unit stale.
    this.addSql(`alter table "funding_project" disable trigger "funding_project_comparison_summary_update";`);
    this.addSql(`update "funding_project" fp set funder_id = f.funder_id from "funding" f where f.id = fp.funding_id and f.funder_id is not null;`);
    this.addSql(`alter table "funding_project" enable trigger "funding_project_comparison_summary_update";`);
    this.addSql(`drop index "funding_project_project_id_index";`);
    this.addSql(`create index "funding_project_project_id_funder_id_index" on "funding_project" ("project_id", "funder_id");`);
    this.addSql(`create index "funding_project_funder_id_project_id_index" on "funding_project" ("funder_id", "project_id");`);
    this.addSql(
      `create trigger "funding_project_funder" before insert or update on "funding_project" for each row execute function funding_project_funder();`,
    );
    this.addSql(
      `create trigger "funding_funder_to_projects" after update of funder_id on "funding" for each row when (old.funder_id is distinct from new.funder_id) execute function funding_funder_to_projects();`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "funding_funder_to_projects" on "funding";`);
    this.addSql(`drop trigger if exists "funding_project_funder" on "funding_project";`);
    this.addSql(`drop function if exists funding_funder_to_projects();`);
    this.addSql(`drop function if exists funding_project_funder();`);
    this.addSql(`drop index "funding_project_project_id_funder_id_index";`);
    this.addSql(`drop index "funding_project_funder_id_project_id_index";`);
    this.addSql(`alter table "funding_project" drop column "funder_id";`);
    this.addSql(`create index "funding_project_project_id_index" on "funding_project" ("project_id");`);

    this.addSql(`drop index "membership_organisation_id_partnership_id_index";`);
    this.addSql(`create index "membership_organisation_id_index" on "membership" ("organisation_id");`);

    this.addSql(`drop index "partnership_coordinator_id_index";`);
  }
}
