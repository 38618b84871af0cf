import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

// View state (filters, selection) lives in the query string so that every view can be shared.

export interface UrlCodec<T> {
  parse: (raw: string | null) => T;
  /** null removes the parameter. */
  serialize: (value: T) => string | null;
}

export const stringParam: UrlCodec<string | null> = {
  parse: (raw) => (raw === null || raw === '' ? null : raw),
  serialize: (value) => (value === null || value === '' ? null : value),
};

export const listParam: UrlCodec<string[]> = {
  parse: (raw) => (raw ? raw.split(',').filter(Boolean) : []),
  serialize: (value) => (value.length > 0 ? value.join(',') : null),
};

export const intParam: UrlCodec<number | null> = {
  parse: (raw) => (raw !== null && /^-?\d+$/.test(raw) ? Number(raw) : null),
  serialize: (value) => (value === null ? null : String(value)),
};

export interface UrlStateOptions {
  /** Replace the history entry instead of pushing one (default: true, for filters). */
  replace?: boolean;
}

/**
 * `const [regions, setRegions] = useUrlState('regions', listParam)` reads and writes `?regions=SE.OR,SE.ST`,
 * leaving the other parameters (such as `lang`) as they are.
 */
export function useUrlState<T>(key: string, codec: UrlCodec<T>, options: UrlStateOptions = {}): [T, (next: T) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get(key);
  const { parse, serialize } = codec;
  const value = useMemo(() => parse(raw), [parse, raw]);
  const replace = options.replace ?? true;

  const setValue = useCallback(
    (next: T) => {
      setSearchParams(
        (previous) => {
          const params = new URLSearchParams(previous);
          const serialized = serialize(next);
          if (serialized === null) params.delete(key);
          else params.set(key, serialized);
          return params;
        },
        { replace },
      );
    },
    [key, serialize, setSearchParams, replace],
  );

  return [value, setValue];
}

/**
 * Sets several parameters in one navigation (calling two setters from useUrlState in one event
 * would let the second undo the first): `update({ from: '2017', to: '2018' })`; null removes one.
 */
export function useUrlUpdate(options: UrlStateOptions = {}): (patch: Record<string, string | null>) => void {
  const [, setSearchParams] = useSearchParams();
  const replace = options.replace ?? true;
  return useCallback(
    (patch: Record<string, string | null>) => {
      setSearchParams(
        (previous) => {
          const params = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(patch)) {
            if (value === null || value === '') params.delete(key);
            else params.set(key, value);
          }
          return params;
        },
        { replace },
      );
    },
    [setSearchParams, replace],
  );
}
