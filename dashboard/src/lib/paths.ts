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
};
