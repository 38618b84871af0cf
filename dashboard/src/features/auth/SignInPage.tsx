import { useApolloClient } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { EditForm, TextField } from '../../components/edit/Form';
import { Link } from '../../components/ui/Link';
import { Page } from '../../components/ui/Page';
import { graphql } from '../../gql';
import { useLang, withLang } from '../../lib/i18n';
import { useEditTranslation } from '../../lib/i18n-edit';
import { safeNext } from '../../lib/paths';
import { resetAfterSessionChange } from '../../lib/refresh';
import { useViewer } from '../../lib/session';
import { readWriteError, type WriteError } from '../../lib/writeErrors';
import './sign-in.css';

const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      expiresAt
      user {
        id
        email
        displayName
        role
      }
    }
  }
`);

const SignOutFromPageMutation = graphql(`
  mutation SignOutFromPage {
    signOut
  }
`);

/** The sign-in's failure as the form shows it: wrong credentials, too many attempts, no connection. */
function signInProblem(error: unknown, t: ReturnType<typeof useEditTranslation>['t']): WriteError {
  const read = readWriteError(error);
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = error.errors[0]?.extensions ?? {};
    if (extensions.code === 'UNAUTHENTICATED')
      return { ...read, kind: 'invalid', messages: [], fields: { password: [{ message: t('signIn.wrong'), server: false }] } };
    if (extensions.code === 'TOO_MANY_REQUESTS') {
      const seconds = typeof extensions.retryAfterSeconds === 'number' ? extensions.retryAfterSeconds : 900;
      return {
        ...read,
        kind: 'invalid',
        messages: [],
        fields: { email: [{ message: t('signIn.tooMany', { count: Math.max(1, Math.ceil(seconds / 60)) }), server: false }] },
      };
    }
  }
  return read;
}

export function SignInPage() {
  const { t } = useEditTranslation();
  const { t: tMain } = useTranslation();
  const lang = useLang();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNext(searchParams.get('next'));
  const { viewer, loading } = useViewer();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<WriteError | null>(null);
  const [attempt, setAttempt] = useState(0);

  const fail = (problem: WriteError) => {
    setError(problem);
    setAttempt((n) => n + 1);
  };

  const submit = async () => {
    const missing: WriteError['fields'] = {};
    if (!email.trim()) missing.email = [{ message: t('form.problem.required'), server: false }];
    if (!password) missing.password = [{ message: t('form.problem.required'), server: false }];
    if (Object.keys(missing).length) return fail({ kind: 'invalid', fields: missing, messages: [], stale: null });
    setSaving(true);
    try {
      await client.mutate({ mutation: SignInMutation, variables: { email: email.trim(), password } });
      await resetAfterSessionChange(client);
      void navigate(withLang(next, lang), { replace: true });
    } catch (caught) {
      fail(signInProblem(caught, t));
    } finally {
      setSaving(false);
    }
  };

  if (viewer && !saving) {
    const signOut = async () => {
      try {
        await client.mutate({ mutation: SignOutFromPageMutation });
      } finally {
        await resetAfterSessionChange(client);
      }
    };
    return (
      <Page title={t('signIn.alreadyTitle')}>
        <p>{t('signIn.already', { name: viewer.displayName ?? viewer.email, role: tMain(`enums.role.${viewer.role}`) })}</p>
        <p className="sign-in__actions">
          <Link className="button" to={next}>
            {t('signIn.continue')}
          </Link>
          <button type="button" className="button button--secondary" onClick={() => void signOut()}>
            {t('signIn.signOut')}
          </button>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t('signIn.title')} intro={t('signIn.intro')}>
      <div className="sign-in" aria-busy={loading || undefined}>
        <EditForm
          onSubmit={() => void submit()}
          onCancel={() => void navigate(withLang(next, lang))}
          saving={saving}
          error={error}
          attempt={attempt}
          submitLabel={t('signIn.submit')}
          savingLabel={t('signIn.submitting')}
          summaryTitle={t('signIn.failed')}
          summaryIntro={t('signIn.summaryIntro')}
          failure={error?.kind === 'network' ? t('signIn.network') : undefined}
        >
          <TextField
            name="email"
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            inputMode="email"
            value={email}
            onChange={setEmail}
          />
          <TextField
            name="password"
            label={t('signIn.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
          />
        </EditForm>
      </div>
    </Page>
  );
}
