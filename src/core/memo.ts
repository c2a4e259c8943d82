/**
 * Bounded memos. The same labels, values and figures come back on every row, every rule and every
 * check; each memo is emptied when it reaches its bound, so memory stays bounded on any workbook.
 */

const LIMIT = 20_000;

/**
 * The value `read` gives for `key`, worked out once. `read` is a module function, not a closure made
 * per call, and answers null (never undefined) for "nothing": undefined means not read yet.
 */
export function remembered<K, V extends object | string | number | boolean | null>(map: Map<K, V>, key: K, read: (key: K) => V): V {
  const known = map.get(key);
  if (known !== undefined) return known;
  const v = read(key);
  if (map.size >= LIMIT) map.clear();
  map.set(key, v);
  return v;
}
