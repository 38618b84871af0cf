import { useId, type ReactNode } from 'react';

/** A view's frame: its heading (also the document title) and an optional introduction. */
export function Page({ title, intro, children }: { title: string; intro?: string; children?: ReactNode }) {
  const headingId = useId();
  return (
    <section className="page" aria-labelledby={headingId}>
      <title>{`${title} – ASF Atlas`}</title>
      <h1 id={headingId}>{title}</h1>
      {intro && <p className="page__intro">{intro}</p>}
      {children}
    </section>
  );
}
