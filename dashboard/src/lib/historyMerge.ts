// One timeline from several histories, newest first, loaded a page at a time: an organisation's own
// history and each of its memberships'. (A project's history already holds its parts and the fundings
// covering it: the API merges those.)
// An entry may be shown only once every history that has more to load has been read back past it.

export interface TimedEntry {
  id: string;
  /** ISO date-time of the change. */
  at: string;
}

export interface HistoryStream<T extends TimedEntry> {
  items: readonly T[];
  hasMore: boolean;
  cursor: string | null;
}

export interface MergedHistory<T extends TimedEntry> {
  /** The entries to show, newest first (at most the limit). */
  shown: T[];
  /** Whether there are more entries beyond those shown (loaded or not). */
  hasMore: boolean;
  /** The history to load the next page of before more can be shown; null when nothing needs loading. */
  loadNext: number | null;
}

const time = (entry: TimedEntry) => Date.parse(entry.at);

/** The newest `limit` entries that can be shown in order, and which history to load next to show more. */
export function mergeHistories<T extends TimedEntry>(streams: readonly HistoryStream<T>[], limit: number): MergedHistory<T> {
  const seen = new Set<string>();
  const all: { entry: T; stream: number; index: number }[] = [];
  streams.forEach((stream, s) =>
    stream.items.forEach((entry, index) => {
      if (seen.has(entry.id)) return;
      seen.add(entry.id);
      all.push({ entry, stream: s, index });
    }),
  );
  all.sort((a, b) => time(b.entry) - time(a.entry) || a.stream - b.stream || a.index - b.index);

  // The oldest entry read so far of each history that has more: nothing older can be placed yet.
  let horizon = -Infinity;
  let binding: number | null = null;
  streams.forEach((stream, s) => {
    if (!stream.hasMore) return;
    const last = stream.items.at(-1);
    const oldest = last ? time(last) : Infinity;
    if (oldest > horizon) {
      horizon = oldest;
      binding = s;
    }
  });
  const safe = all.filter(({ entry }) => time(entry) >= horizon).map(({ entry }) => entry);
  const shown = safe.slice(0, limit);
  const anyMore = streams.some((stream) => stream.hasMore);
  return {
    shown,
    hasMore: safe.length > limit || anyMore || all.length > safe.length,
    loadNext: shown.length < limit ? binding : null,
  };
}
