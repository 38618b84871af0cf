import { createContext, useCallback, useContext, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { Sources_CitationFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { useLang } from '../../lib/i18n';

// Every figure and statement in the atlas can show the sources that state it: one side panel for the
// whole app (a modal <dialog>: focus moves in, Escape closes, focus returns to the button).

export const SourcesCitationFragment = graphql(`
  fragment Sources_citation on Citation {
    quote
    source {
      id
      key
      title
      publisher
      kind
      url
      publishedText
      published {
        date
        approximate
      }
    }
  }
`);

export type Citation = Sources_CitationFragment;

interface SourcesRequest {
  /** What the sources are for, e.g. "Beviljade medel, Örebro län". */
  subject: string;
  citations: readonly Citation[];
  /** What a reader should know about the figure (approximate, shared, what is missing). */
  details?: readonly string[];
  /** The API's own note on the figure, in English. */
  note?: string | null;
}

const SourcesContext = createContext<((request: SourcesRequest) => void) | null>(null);

/** Distinct sources, each with every quote that it gives for the subject, in first-seen order. */
export function groupCitations(citations: readonly Citation[]): { source: Citation['source']; quotes: string[] }[] {
  const groups = new Map<string, { source: Citation['source']; quotes: string[] }>();
  for (const citation of citations) {
    const group = groups.get(citation.source.key) ?? { source: citation.source, quotes: [] };
    if (citation.quote && !group.quotes.includes(citation.quote)) group.quotes.push(citation.quote);
    groups.set(citation.source.key, group);
  }
  return [...groups.values()];
}

/** The list of sources: title, publisher, date and the quote that states the fact. */
export function SourceList({ citations }: { citations: readonly Citation[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const groups = groupCitations(citations);
  if (groups.length === 0) return <p className="muted">{t('sources.none')}</p>;
  return (
    <ol className="source-list">
      {groups.map(({ source, quotes }) => (
        <li key={source.key} className="source-list__item">
          <p className="source-list__title">
            {source.url ? (
              <a href={source.url} rel="noreferrer noopener" target="_blank">
                {source.title}
              </a>
            ) : (
              source.title
            )}
          </p>
          <p className="source-list__meta">
            <span>{source.publisher}</span>
            <span aria-hidden="true"> · </span>
            <span>
              {source.published
                ? formatDate(source.published.date, { lang, approximate: source.published.approximate })
                : (source.publishedText ?? t('sources.undated'))}
            </span>
            <span aria-hidden="true"> · </span>
            <span>{t(`enums.sourceKind.${source.kind}`)}</span>
          </p>
          {quotes.map((quote) => (
            <blockquote key={quote} className="source-list__quote" lang={lang === 'en' ? 'sv' : undefined}>
              ”{quote}”
            </blockquote>
          ))}
        </li>
      ))}
    </ol>
  );
}

/** Holds the one sources panel; place once around the routes. */
export function SourcesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [request, setRequest] = useState<SourcesRequest | null>(null);

  const open = useCallback((next: SourcesRequest) => {
    setRequest(next);
    const element = dialog.current;
    if (element && !element.open) {
      // jsdom has no showModal; a real browser always does
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
  }, []);

  const close = () => {
    const element = dialog.current;
    if (typeof element?.close === 'function') element.close();
    else element?.removeAttribute('open');
  };

  return (
    <SourcesContext.Provider value={open}>
      {children}
      <dialog
        ref={dialog}
        className="sources-panel"
        aria-labelledby={headingId}
        onClick={(event) => {
          // a click on the backdrop (the dialog element itself, outside its content) closes it
          if (event.target === event.currentTarget) close();
        }}
        onClose={() => setRequest(null)}
      >
        <div className="sources-panel__content">
          <div className="sources-panel__header">
            <h2 id={headingId}>{t('sources.title')}</h2>
            <button type="button" className="button button--secondary" onClick={close}>
              {t('ui.close')}
            </button>
          </div>
          {request && (
            <>
              <p className="sources-panel__subject">{request.subject}</p>
              {request.details && request.details.length > 0 && (
                <ul className="sources-panel__details">
                  {request.details.map((detail) => (
                    <li key={detail}>{detail}</li>
                  ))}
                </ul>
              )}
              {request.note &&
                (lang === 'en' ? (
                  <p className="sources-panel__note">{request.note}</p>
                ) : (
                  <details className="sources-panel__note">
                    <summary>{t('sources.note')}</summary>
                    <p lang="en">{request.note}</p>
                  </details>
                ))}
              <h3 className="sources-panel__list-heading">{t('sources.listHeading')}</h3>
              <SourceList citations={request.citations} />
            </>
          )}
        </div>
      </dialog>
    </SourcesContext.Provider>
  );
}

export interface SourcesButtonProps {
  subject: string;
  citations: readonly Citation[];
  details?: readonly string[];
  note?: string | null;
  /** The button's visible content; "N källor" by default. */
  children?: ReactNode;
  className?: string;
}

/** Opens the sources panel for a figure or a statement. Renders its content only when there are no sources. */
export function SourcesButton({ subject, citations, details, note, children, className }: SourcesButtonProps) {
  const { t } = useTranslation();
  const open = useContext(SourcesContext);
  const count = useMemo(() => groupCitations(citations).length, [citations]);
  const content = children ?? t('sources.count', { count });
  const explained = count > 0 || (details?.length ?? 0) > 0 || Boolean(note);
  if (!open || !explained) return children ? <>{children}</> : null;
  return (
    <button
      type="button"
      className={className ?? (children ? 'sourced' : 'sources-button')}
      aria-haspopup="dialog"
      title={t('sources.openFor', { what: subject })}
      onClick={() => open({ subject, citations, details, note })}
    >
      {content}
      {children && <span className="visually-hidden"> – {t('sources.open')}</span>}
    </button>
  );
}
