import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { refreshAfterWrite } from '../../lib/refresh';
import { readWriteError, type FieldProblems, type WriteError } from '../../lib/writeErrors';

/**
 * One write from a form: sends it, then refreshes what is on screen (and forgets what else is cached);
 * on failure keeps what went wrong for the form to show. `refuse` shows the dashboard's own checks.
 */
export function useWrite() {
  const client = useApolloClient();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<WriteError | null>(null);
  const [attempt, setAttempt] = useState(0);

  const run = useCallback(
    async <T>(send: (client: ApolloClient) => Promise<T>): Promise<T | undefined> => {
      setSaving(true);
      try {
        const result = await send(client);
        setError(null);
        await refreshAfterWrite(client);
        return result;
      } catch (caught) {
        setError(readWriteError(caught));
        setAttempt((n) => n + 1);
        return undefined;
      } finally {
        setSaving(false);
      }
    },
    [client],
  );

  const refuse = useCallback((fields: FieldProblems) => {
    setError({ kind: 'invalid', fields, messages: [], stale: null });
    setAttempt((n) => n + 1);
  }, []);

  const clear = useCallback(() => setError(null), []);

  return { run, refuse, clear, saving, error, attempt };
}
