import { useEffect, useRef, useState } from 'react';

export type DraftValues = Record<string, string | boolean>;

export type RecordDraft<D extends DraftValues> = ReturnType<typeof useRecordDraft<D>>;

/**
 * The values of an edit form over a loaded record. Only the fields the user changed are sent (the API
 * keeps the others), with the version the form started from. After a conflict, `reload` fetches the
 * record again and starts over from its current values: with the user's changes laid on top
 * ("keep") or without them ("drop"). Nothing is saved until the user saves again.
 */
export function useRecordDraft<D extends DraftValues>(record: { version: number }, toDraft: () => D) {
  const [base, setBase] = useState<D>(toDraft);
  const [draft, setDraft] = useState<D>(base);
  const [version, setVersion] = useState(record.version);
  const [reloaded, setReloaded] = useState<null | { kept: boolean; version: number }>(null);
  const pending = useRef<null | { keep: boolean }>(null);
  const [reloading, setReloading] = useState(false);

  const changedKeys = (Object.keys(draft) as (keyof D & string)[]).filter((key) => draft[key] !== base[key]);

  // A reload asked for: when the record arrives in its new version, start from it.
  useEffect(() => {
    const request = pending.current;
    if (!request || record.version === version) return;
    pending.current = null;
    const fresh = toDraft();
    const mine = Object.fromEntries(changedKeys.map((key) => [key, draft[key]])) as Partial<D>;
    setBase(fresh);
    setDraft(request.keep ? { ...fresh, ...mine } : fresh);
    setVersion(record.version);
    setReloaded({ kept: request.keep, version: record.version });
    setReloading(false);
    // toDraft reads the record, which this effect follows
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [record]);

  const set = <K extends keyof D>(key: K, value: D[K]) => setDraft((current) => ({ ...current, [key]: value }));

  /** Fetches the record again (refetch is the page's); `keep` lays the user's changes on top. */
  const reload = async (refetch: () => Promise<unknown>, keep: boolean) => {
    pending.current = { keep };
    setReloading(true);
    try {
      await refetch();
    } finally {
      // Still the version the form has (nothing changed after all)? Then there is nothing to start over
      // from; the request stays, in case the new version arrives a little later.
      setTimeout(() => {
        if (pending.current) setReloading(false);
      }, 0);
    }
  };

  return {
    base,
    draft,
    set,
    changedKeys,
    version,
    reload,
    reloading,
    reloaded,
    /** Forget a reload that did not arrive (called when the form is submitted again). */
    settle: () => {
      pending.current = null;
      setReloaded(null);
    },
  };
}
