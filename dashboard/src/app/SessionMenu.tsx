import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Link } from '../components/ui/Link';
import { graphql } from '../gql';
import { paths } from '../lib/paths';
import { resetAfterSessionChange } from '../lib/refresh';
import { useViewer } from '../lib/session';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/**
 * Who is signed in (name and role), opening to the e-mail address and "sign out"; or a link to sign
 * in that comes back to this page. A disclosure keeps the header on one row beside the menu.
 */
export function SessionMenu() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const location = useLocation();
  const { viewer, loading } = useViewer();
  const [leaving, setLeaving] = useState(false);
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);

  // closes on Escape and on a click elsewhere
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      menu.current?.querySelector('summary')?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !menu.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  if (!viewer) {
    // nothing until the API has said who this is, so a signed-in user never sees "sign in" flash by
    if (loading || location.pathname === '/sign-in') return null;
    return (
      <Link className="session__sign-in" to={paths.signIn(location.pathname + location.search)}>
        {t('session.signIn')}
      </Link>
    );
  }

  const signOut = async () => {
    setLeaving(true);
    try {
      await client.mutate({ mutation: SignOutMutation });
    } catch (error) {
      // the session may already have ended; the store is reset either way
      console.error(error);
    } finally {
      await resetAfterSessionChange(client);
      setLeaving(false);
      setOpen(false);
    }
  };

  const name = viewer.displayName ?? viewer.email;
  const role = t(`enums.role.${viewer.role}`);
  return (
    <div className="session" role="group" aria-label={t('session.label')}>
      <details ref={menu} className="session__menu" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="session__summary">
          <span className="visually-hidden">{t('session.signedInAs', { name, role })}</span>
          <span className="session__who" aria-hidden="true">
            <span className="session__name">{name}</span>
            <span className="session__role">{role}</span>
          </span>
        </summary>
        <div className="session__panel">
          <p className="session__panel-name">{name}</p>
          <p className="session__panel-meta">
            {viewer.email} · {role}
          </p>
          <button type="button" className="button button--secondary" disabled={leaving} onClick={() => void signOut()}>
            {leaving ? t('session.signingOut') : t('session.signOut')}
          </button>
        </div>
      </details>
    </div>
  );
}
