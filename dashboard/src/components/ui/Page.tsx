import { useId, type ReactNode } from 'react';

export interface PageProps {
  title: string;
  intro?: string;
  /** A short line above the heading: what kind of record this is ("Projekt · Avslutat"). */
  kicker?: ReactNode;
  /** Links and buttons beside the heading (sources, "show in the network"). */
  actions?: ReactNode;
  children?: ReactNode;
}

/** A view's frame: its heading (also the document title) and an optional introduction. */
export function Page({ title, intro, kicker, actions, children }: PageProps) {
  const headingId = useId();
  return (
    <section className="page" aria-labelledby={headingId}>
      <title>{`${title} – ASF Atlas`}</title>
      <header className="page__header">
        {kicker && <p className="page__kicker">{kicker}</p>}
        <h1 id={headingId}>{title}</h1>
        {intro && <p className="page__intro">{intro}</p>}
        {actions && <div className="page__actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}
