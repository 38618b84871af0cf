import { useEffect, useRef } from 'react';
import type { ConflictRow } from '../../lib/conflict';
import { useEditTranslation } from '../../lib/i18n-edit';
import type { StaleVersion } from '../../lib/writeErrors';

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
