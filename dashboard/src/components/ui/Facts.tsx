import { useId, type ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
}

/** Key facts about a record as a description list (term, value). Facts without a value are left out. */
export function Facts({ facts, label }: { facts: readonly (Fact | null | false | '' | undefined)[]; label?: string }) {
  const shown = facts.filter((fact): fact is Fact => Boolean(fact));
  if (shown.length === 0) return null;
  return (
    <dl className="facts" aria-label={label}>
      {shown.map((fact) => (
        <div key={fact.label} className="facts__item">
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A titled part of a page. */
export function Section({ title, id, children, actions }: { title: string; id?: string; children: ReactNode; actions?: ReactNode }) {
  const headingId = useId();
  return (
    <section className="section" aria-labelledby={headingId} id={id}>
      <div className="section__header">
        <h2 id={headingId}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
