import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql';
import type { HistoryEntriesQuery } from '../../gql/graphql';
import { mergeHistories, type HistoryStream } from '../../lib/historyMerge';
import { useLang } from '../../lib/i18n';
import { useEditTranslation } from '../../lib/i18n-edit';
import { useDataVersion } from '../../lib/refresh';
import { useSourceTitles } from '../edit/SourceFields';
import { EmptyState } from '../ui/EmptyState';
import { Loading } from '../ui/Loading';
import { describeChanges, recordTypeLabel, snapshotName } from './historyValues';
import './history.css';

// Every change to a record, newest first: who (to signed-in readers), when, what changed (field: before
// → after) and the source the change named. A page's record may have several histories (an organisation
// and each of its memberships): they are read a page at a time and shown as one timeline.

const HistoryEntriesQuery = graphql(`
  query HistoryEntries($id: ID!, $first: Int!, $after: String) {
    history(id: $id, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        action
        at
        actor
        recordType
        recordKey
        recordId
        changedFields
        before
        after
        sourceKey
        importJobId
      }
    }
  }
`);

export type HistoryEntry = HistoryEntriesQuery['history']['nodes'][number];

const PAGE = 10;

const dateTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short' });

function formatAt(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : dateTime.format(date);
}

export interface HistoryPanelProps {
  /** Global ids of the records whose histories make up the timeline (the page's own record first). */
  ids: readonly string[];
  /** A name for an entry's record that the page knows ("Cesam" for a membership), if any. */
  labelFor?: (entry: HistoryEntry) => string | null | undefined;
}

interface Loaded {
  streams: HistoryStream<HistoryEntry>[];
  totals: (number | null)[];
}

function fresh(count: number): Loaded {
  return {
    streams: Array.from({ length: count }, () => ({ items: [], hasMore: true, cursor: null })),
    totals: Array.from({ length: count }, () => null),
  };
}

export function HistoryPanel({ ids, labelFor }: HistoryPanelProps) {
  const { t } = useEditTranslation();
  const lang = useLang();
  const client = useApolloClient();
  const dataVersion = useDataVersion();
  const sources = useSourceTitles();
  const idsKey = ids.join(',');
  const key = `${idsKey}|${dataVersion}`;
  const [loadedKey, setLoadedKey] = useState(key);
  const [loaded, setLoaded] = useState<Loaded>(() => fresh(ids.length));
  const [limit, setLimit] = useState(PAGE);
  const [failed, setFailed] = useState(false);
  const [retry, setRetry] = useState(0);

  // New records or a write in this tab: start again from the newest.
  if (loadedKey !== key) {
    setLoadedKey(key);
    setLoaded(fresh(ids.length));
    setLimit(PAGE);
  }

  const merged = mergeHistories(loaded.streams, limit);
  const next = merged.loadNext;

  useEffect(() => {
    if (next === null || failed) return;
    let cancelled = false;
    const stream = loaded.streams[next];
    const id = idsKey.split(',')[next];
    if (!stream || !id) return;
    client
      .query({ query: HistoryEntriesQuery, variables: { id, first: PAGE, after: stream.cursor }, fetchPolicy: 'no-cache' })
      .then(({ data }) => {
        if (cancelled || !data) return;
        const page = data.history;
        setLoaded((current) => ({
          streams: current.streams.map((s, i) =>
            i === next ? { items: [...s.items, ...page.nodes], hasMore: page.pageInfo.hasNextPage, cursor: page.pageInfo.endCursor } : s,
          ),
          totals: current.totals.map((total, i) => (i === next ? page.totalCount : total)),
        }));
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        console.error(error);
        setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [client, idsKey, loaded, next, failed, retry]);

  const loading = next !== null && !failed;
  const total = loaded.totals.every((n) => n !== null) ? loaded.totals.reduce<number>((sum, n) => sum + (n ?? 0), 0) : null;

  return (
    <div className="history" aria-busy={loading || undefined}>
      <p className="history__intro">
        {t('history.intro')}
        {merged.shown.length > 0 && merged.shown.every((entry) => entry.actor === null) && <> {t('history.actorHidden')}</>}
      </p>
      {failed ? (
        <div className="error-message" role="alert">
          <p>{t('history.error')}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setFailed(false);
              setRetry((n) => n + 1);
            }}
          >
            {t('history.retry')}
          </button>
        </div>
      ) : merged.shown.length === 0 ? (
        loading ? (
          <Loading label={t('history.loading')} />
        ) : (
          <EmptyState title={t('history.empty')} />
        )
      ) : (
        <>
          <ol className="history__list">
            {merged.shown.map((entry) => {
              const changes = describeChanges(entry, lang);
              const what = labelFor?.(entry) ?? snapshotName(entry);
              const source = entry.sourceKey ? sources.get(entry.sourceKey) : undefined;
              return (
                <li key={entry.id} className={`history__entry history__entry--${entry.action.toLowerCase()}`}>
                  <p className="history__head">
                    <strong>{t(`history.action.${entry.action}`)}</strong>
                    {': '}
                    {recordTypeLabel(entry.recordType, lang)}
                    {what && <> {what}</>}
                  </p>
                  <p className="history__meta">
                    <time dateTime={entry.at}>{formatAt(entry.at)}</time>
                    {entry.actor && <> · {t('history.by', { actor: entry.actor })}</>}
                    {entry.importJobId && <> · {t('history.viaImport')}</>}
                  </p>
                  {changes.length > 0 && (
                    <ul className="history__changes">
                      {changes.map((change) => (
                        <li key={change.field}>
                          <span className="history__field">{change.label}:</span>{' '}
                          {change.before === null && change.after === null ? (
                            <em>{t('history.changed')}</em>
                          ) : change.before === null ? (
                            change.after
                          ) : (
                            <>
                              <del>{change.before}</del> <span aria-hidden="true">→</span>
                              <span className="visually-hidden">,</span> <ins>{change.after}</ins>
                            </>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                  <p className="history__source">
                    {t('history.source')}:{' '}
                    {entry.sourceKey ? (
                      <>
                        {source ? `${source.title} (${source.publisher})` : entry.sourceKey}
                        {source && <span className="muted"> · {entry.sourceKey}</span>}
                      </>
                    ) : (
                      <span className="muted">{t('history.noSource')}</span>
                    )}
                  </p>
                </li>
              );
            })}
          </ol>
          <div className="history__footer">
            {total !== null && <p className="footnote">{t('history.count', { shown: merged.shown.length, total })}</p>}
            {merged.hasMore && (
              <button type="button" className="button button--secondary" disabled={loading} onClick={() => setLimit((n) => n + PAGE)}>
                {loading ? t('history.loading') : t('history.more')}
              </button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
