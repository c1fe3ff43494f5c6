/**
 * Results worth keeping: a dataset version's table never changes, so whatever is computed from it
 * stays true until the version is replaced (and a new version is a new table, hence a new key).
 * The promise itself is kept, so callers arriving while it is computed share the one computation;
 * a failure is forgotten, so the next caller tries again. The oldest entry goes beyond `keep`.
 */
export function remember<T>(cache: Map<string, Promise<T>>, key: string, compute: () => Promise<T>, keep: number): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = compute();
    value.catch(() => cache.delete(key));
    cache.set(key, value);
    if (cache.size > keep) cache.delete(cache.keys().next().value as string);
  }
  return value;
}
