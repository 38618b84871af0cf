// Where each kind of record lives in the app. Pass the result to <Link>, which keeps the language.

export const paths = {
  comparison: () => '/',
  region: (code: string) => `/regions/${encodeURIComponent(code)}`,
  project: (slug: string) => `/projects/${encodeURIComponent(slug)}`,
  organisation: (slug: string) => `/organisations/${encodeURIComponent(slug)}`,
  partnership: (slug: string) => `/partnerships/${encodeURIComponent(slug)}`,
  enterprises: () => '/enterprises',
  network: (around?: string) => (around ? `/network?${new URLSearchParams({ around })}` : '/network'),
  search: (q: string) => `/search?${new URLSearchParams({ q })}`,
  /** Sign in, then go back to `next` (a path of this app). */
  signIn: (next?: string) => (next && next !== '/' ? `/sign-in?${new URLSearchParams({ next })}` : '/sign-in'),
  importData: () => '/import',
};

/** A path to go to after signing in: only this app's own paths (never another site). */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
