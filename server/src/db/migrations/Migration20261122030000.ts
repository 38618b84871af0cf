import { Migration } from '@mikro-orm/migrations';

/** Project pages read their order from an index (by name, or by start date then name) instead of sorting every project. */
export class Migration20261122030000 extends Migration {

  override name = 'Migration20261122030000';

  override up(): void | Promise<void> {
    this.addSql(`create index "project_name_id_index" on "project" ("name", "id");`);
    this.addSql(`create index "project_start_date_name_id_index" on "project" ("start_date", "name", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "project_name_id_index";`);
    this.addSql(`drop index "project_start_date_name_id_index";`);
  }

}
