/**
 * Values that depend only on a node of a parsed document (Apollo keeps one parsed document per query
 * text, so the same node comes back on every request with that text) and a key: worked out once per
 * node and key. Held weakly by node, and capped per node so that no client can grow it.
 */
export function documentMemo<V>(perNode: number): (node: object, key: string, compute: () => V) => V {
  const memo = new WeakMap<object, Map<string, V>>();
  return (node, key, compute) => {
    let byKey = memo.get(node);
    if (!byKey) memo.set(node, (byKey = new Map()));
    let value = byKey.get(key);
    if (value === undefined) {
      value = compute();
      if (byKey.size < perNode) byKey.set(key, value);
    }
    return value;
  };
}
