import { Migration } from '@mikro-orm/migrations';

/**
 * Search and the network walk read through indexes: trigram indexes serve search's `like '%text%'` on
 * the large tables' search keys (pg_trgm), and the graph's edge lookups find their rows from either end.
 */
export class Migration20261122021000 extends Migration {

  override name = 'Migration20261122021000';

  override up(): void | Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create index "organisation_search_key_trgm_index" on "organisation" using gin ("search_key" gin_trgm_ops);`);
    this.addSql(`create index "partnership_search_key_trgm_index" on "partnership" using gin ("search_key" gin_trgm_ops);`);
    this.addSql(`create index "project_search_key_trgm_index" on "project" using gin ("search_key" gin_trgm_ops);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "organisation_search_key_trgm_index";`);
    this.addSql(`drop index "partnership_search_key_trgm_index";`);
    this.addSql(`drop index "project_search_key_trgm_index";`);
  }

}
