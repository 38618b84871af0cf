import { Link as RouterLink, NavLink as RouterNavLink, type LinkProps, type NavLinkProps } from 'react-router';
import { useLang, withLang } from '../../lib/i18n';

// Links inside the app keep the language (`?lang=en`). Use these rather than react-router's.

export function Link({ to, ...props }: Omit<LinkProps, 'to'> & { to: string }) {
  return <RouterLink to={withLang(to, useLang())} {...props} />;
}

export function NavLink({ to, ...props }: Omit<NavLinkProps, 'to'> & { to: string }) {
  return <RouterNavLink to={withLang(to, useLang())} {...props} />;
}
