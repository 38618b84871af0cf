import type { ApolloClient } from '@apollo/client';
import { useEditTranslation } from '../../lib/i18n-edit';
import { ProblemList } from './Form';
import { useWrite } from './useWrite';

export interface DeleteRecordProps {
  /** What will happen, in a sentence. */
  body: string;
  /** The confirm button's text ("Ta bort finansieringen"). */
  confirmLabel: string;
  /** Sends the delete (with the version the page shows). */
  send: (client: ApolloClient) => Promise<unknown>;
  /** Fetches the page again (after someone changed the record). */
  onReload: () => Promise<unknown>;
  onDone: () => void;
}

/**
 * Asks before deleting a record, and deletes it only in the version the page shows. What the API
 * refuses is said plainly: changed by someone else (reload first), or still pointed at by other records
 * (the API names them), or not allowed.
 */
export function DeleteRecord({ body, confirmLabel, send, onReload, onDone }: DeleteRecordProps) {
  const { t } = useEditTranslation();
  const write = useWrite();
  const remove = async () => {
    const done = await write.run(send);
    if (done !== undefined) onDone();
  };
  const error = write.error;
  const stale = error?.kind === 'conflict';
  // a CONFLICT that is not about the version: something still points at the record
  const refused = error?.kind === 'invalid' && error.messages.length > 0;
  const messages = error ? [...error.messages, ...Object.values(error.fields).flatMap((problems) => problems.map((p) => p.message))] : [];
  return (
    <div className="edit-form">
      <p>{body}</p>
      {error && (
        <div className="edit-summary" role="alert">
          {stale ? (
            <>
              <h3>{t('delete.changedTitle')}</h3>
              <p>{t('delete.changed')}</p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  void onReload().then(write.clear);
                }}
              >
                {t('delete.reload')}
              </button>
            </>
          ) : (
            <>
              <h3>{refused ? t('delete.refusedTitle') : t('delete.failedTitle')}</h3>
              <p>
                {refused
                  ? t('delete.refused')
                  : error.kind === 'invalid' || error.kind === 'conflict'
                    ? t('form.failure.other')
                    : t(`form.failure.${error.kind}`)}
              </p>
              <ProblemList id="delete-record-problems" problems={messages.map((message) => ({ message, server: true }))} />
            </>
          )}
        </div>
      )}
      <div className="edit-form__actions">
        <button type="button" className="button button--danger" disabled={write.saving || stale || refused} onClick={() => void remove()}>
          {write.saving ? t('delete.deleting') : confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {refused ? t('form.close') : t('form.cancel')}
        </button>
      </div>
    </div>
  );
}
