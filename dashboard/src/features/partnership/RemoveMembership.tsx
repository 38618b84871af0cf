import { useWrite } from '../../components/edit/useWrite';
import { ProblemList } from '../../components/edit/Form';
import { graphql } from '../../gql';
import { useEditTranslation } from '../../lib/i18n-edit';

const DeleteMembershipMutation = graphql(`
  mutation DeleteMembership($input: DeleteInput!) {
    deleteMembership(input: $input) {
      deletedId
    }
  }
`);

/**
 * Asks before removing a membership, and removes it only in the version the page shows: when someone
 * changed it meanwhile, says so and offers to reload first.
 */
export function RemoveMembership({
  membership,
  onReload,
  onDone,
}: {
  membership: { id: string; version: number; organisation: { name: string } };
  onReload: () => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useEditTranslation();
  const write = useWrite();
  const remove = async () => {
    const done = await write.run((client) =>
      client.mutate({ mutation: DeleteMembershipMutation, variables: { input: { id: membership.id, version: membership.version } } }),
    );
    if (done) onDone();
  };
  const error = write.error;
  return (
    <div className="edit-form">
      <p>{t('membership.removeBody')}</p>
      {error && (
        <div className="edit-summary" role="alert">
          {error.kind === 'conflict' ? (
            <>
              <p>{t('membership.removeChanged')}</p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  void onReload().then(write.clear);
                }}
              >
                {t('membership.reload')}
              </button>
            </>
          ) : (
            <>
              <p>{error.kind === 'invalid' ? t('form.failure.other') : t(`form.failure.${error.kind}`)}</p>
              <ProblemList id="remove-membership-problems" problems={error.messages.map((message) => ({ message, server: true }))} />
            </>
          )}
        </div>
      )}
      <div className="edit-form__actions">
        <button
          type="button"
          className="button button--danger"
          disabled={write.saving || error?.kind === 'conflict'}
          onClick={() => void remove()}
        >
          {write.saving ? t('membership.removing') : t('membership.removeConfirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </div>
    </div>
  );
}
