import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Link, NavLink } from '../components/ui/Link';
import { SourcesProvider } from '../components/ui/Sources';
import { i18n, parseLang, useLang, withLang } from '../lib/i18n';
import { canImport } from '../lib/permissions';
import { useViewer } from '../lib/session';
import { SessionMenu } from './SessionMenu';
import './layout.css';

/** Keeps i18next on the language the URL names. */
function useLanguageFromUrl(): void {
  const [searchParams] = useSearchParams();
  const urlLang = parseLang(searchParams.get('lang'));
  useEffect(() => {
    if (i18n.resolvedLanguage !== urlLang) void i18n.changeLanguage(urlLang);
    document.documentElement.lang = urlLang;
  }, [urlLang]);
}

function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useLang();
  const location = useLocation();
  const navigate = useNavigate();
  const other = lang === 'sv' ? 'en' : 'sv';
  return (
    <button
      type="button"
      className="language-switch"
      lang={other}
      aria-label={t('language.switchLabel')}
      onClick={() => void navigate(withLang(location.pathname + location.search + location.hash, other))}
    >
      {t('language.switchTo')}
    </button>
  );
}

function SearchBox() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const current = location.pathname === '/search' ? (searchParams.get('q') ?? '') : '';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    void navigate(withLang(`/search?${new URLSearchParams({ q })}`, lang));
  };

  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor="site-search" className="visually-hidden">
        {t('search.label')}
      </label>
      <input id="site-search" key={current} name="q" type="search" defaultValue={current} placeholder={t('search.placeholder')} />
      <button type="submit" className="button">
        {t('search.submit')}
      </button>
    </form>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  useLanguageFromUrl();
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </Link>
          <nav aria-label={t('nav.label')} className="site-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.regions')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/enterprises">{t('nav.enterprises')}</NavLink>
              </li>
              <li>
                <NavLink to="/network">{t('nav.network')}</NavLink>
              </li>
              <li>
                <NavLink to="/api">{t('nav.api')}</NavLink>
              </li>
              {canImport(viewer) && (
                <li>
                  <NavLink to="/import">{t('nav.import')}</NavLink>
                </li>
              )}
            </ul>
          </nav>
          <SearchBox />
          <div className="site-header__tools">
            <SessionMenu />
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <SourcesProvider>
          <Outlet />
        </SourcesProvider>
      </main>
      <footer className="site-footer">
        <p>{t('footer.sources')}</p>
        <p>{t('footer.notReported')}</p>
        <p>
          <Link to="/api">{t('footer.api')}</Link>
        </p>
      </footer>
    </div>
  );
}
