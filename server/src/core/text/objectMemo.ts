/**
 * `compute` remembered per object (a knowledge base, a settings object, a style list) in a WeakMap,
 * with the last key and answer kept in front: the block rules ask once per paragraph, almost always
 * about the object they asked about last, and a WeakMap look-up per paragraph and rule added up.
 * The last key is held strongly; the others go with their objects.
 */
export function objectMemo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const answers = new WeakMap<K, { readonly value: V }>();
  let lastKey: K | undefined;
  let lastValue: V | undefined;
  return (key) => {
    if (key === lastKey) return lastValue as V;
    let answer = answers.get(key);
    if (!answer) answers.set(key, (answer = { value: compute(key) }));
    lastKey = key;
    lastValue = answer.value;
    return answer.value;
  };
}
