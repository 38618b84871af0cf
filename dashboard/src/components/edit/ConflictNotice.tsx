import { useEffect, useRef } from 'react';
import { conflictRows, type ConflictInput, type ConflictRow } from '../../lib/conflict';
import { useEditTranslation } from '../../lib/i18n-edit';
import type { StaleVersion, WriteError } from '../../lib/writeErrors';
import type { DraftValues, RecordDraft } from './useRecordDraft';

export interface ConflictNoticeProps {
  stale: StaleVersion;
  /** The version the form started from. */
  mine: number;
  rows: readonly ConflictRow[];
  reloading: boolean;
  onReload: (keep: boolean) => void;
}

/** Someone else saved first: what the record holds now, the user's changes, and how to go on. Nothing is overwritten. */
export function ConflictNotice({ stale, mine, rows, reloading, onReload }: ConflictNoticeProps) {
  const { t } = useEditTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [stale]);
  return (
    <div className="edit-conflict" role="alert" tabIndex={-1} ref={box}>
      <h3>{t('conflict.title')}</h3>
      <p>{stale.currentVersion !== null ? t('conflict.body', { mine, current: stale.currentVersion }) : t('conflict.bodyUnknown')}</p>
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="edit-conflict__table">
            <caption>{t('conflict.valuesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('conflict.field')}</th>
                <th scope="col">{t('conflict.current')}</th>
                <th scope="col">{t('conflict.yours')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.field}>
                  <th scope="row">{row.label}</th>
                  <td className={row.changedElsewhere ? 'edit-conflict__changed' : undefined}>{row.current}</td>
                  <td>{row.yours ?? <span className="muted">–</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="edit-conflict__actions">
        <button type="button" className="button" disabled={reloading} onClick={() => onReload(true)}>
          {reloading ? t('conflict.reloading') : t('conflict.reapply')}
        </button>
        <button type="button" className="button button--secondary" disabled={reloading} onClick={() => onReload(false)}>
          {t('conflict.discard')}
        </button>
      </p>
    </div>
  );
}

/** After a reload: the form now starts from the current version. */
export function ReloadedNotice({ kept, version }: { kept: boolean; version: number }) {
  const { t } = useEditTranslation();
  return (
    <p className="edit-status" role="status">
      {kept ? t('conflict.reloaded', { version }) : t('conflict.reloadedDiscarded', { version })}
    </p>
  );
}

export interface VersionNoticeProps<D extends DraftValues> {
  /** The form's write state: a CONFLICT error carries the record's current values. */
  error: WriteError | null;
  /** The form's draft over the record (useRecordDraft). */
  record: Pick<RecordDraft<D>, 'base' | 'draft' | 'changedKeys' | 'version' | 'reload' | 'reloading' | 'reloaded'>;
  labels: ConflictInput<D>['labels'];
  describe: ConflictInput<D>['describe'];
  /** The API's snapshot of the record as form values. */
  fromSnapshot: (snapshot: NonNullable<StaleVersion['current']>) => Partial<D>;
  /** Fetches the record again (the page's refetch). */
  refetch: () => Promise<unknown>;
  /** Called once a reload has started over (clears the write error). */
  onReloaded: () => void;
}

/** What every edit form shows above its fields after a stale save, or after starting over from the current version. */
export function VersionNotice<D extends DraftValues>({
  error,
  record,
  labels,
  describe,
  fromSnapshot,
  refetch,
  onReloaded,
}: VersionNoticeProps<D>) {
  const stale = error?.kind === 'conflict' ? error.stale : null;
  if (stale) {
    return (
      <ConflictNotice
        stale={stale}
        mine={record.version}
        reloading={record.reloading}
        rows={conflictRows({
          labels,
          base: record.base,
          draft: record.draft,
          changedKeys: record.changedKeys,
          current: stale.current ? fromSnapshot(stale.current) : {},
          describe,
        })}
        onReload={(keep) => {
          void record.reload(refetch, keep).then(onReloaded);
        }}
      />
    );
  }
  return record.reloaded ? <ReloadedNotice kept={record.reloaded.kept} version={record.reloaded.version} /> : null;
}
