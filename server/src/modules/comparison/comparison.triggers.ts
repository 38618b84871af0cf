// The triggers that keep the stored region comparison summary honest, as the entities declare them
// (MikroORM compares a table's triggers with its entity). Migration20261122040000 creates them and
// their functions: after each statement on a table the comparison reads, the function of the table,
// comparison_summary_on_<table>(), marks the summary units the changed rows belong to stale, in the
// same transaction. No import here: the entities of several modules use this file.

type SummaryEvent = 'insert' | 'update' | 'delete';

/** The transition tables a statement-level trigger of the event sees. */
const REFERENCING: Record<SummaryEvent, string> = {
  insert: 'new table as new_rows',
  update: 'old table as old_rows new table as new_rows',
  delete: 'old table as old_rows',
};

/** One statement-level trigger per event (PostgreSQL allows transition tables only on single-event triggers). */
export function comparisonSummaryTriggers(table: string, events: readonly SummaryEvent[]) {
  return events.map((event) => {
    const name = `${table}_comparison_summary_${event}`;
    return {
      name,
      timing: 'after' as const,
      events: [event],
      forEach: 'statement' as const,
      expression: `create trigger "${name}" after ${event} on "${table}" referencing ${REFERENCING[event]} for each statement execute function comparison_summary_on_${table}()`,
    };
  });
}
