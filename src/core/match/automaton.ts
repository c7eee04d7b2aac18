/**
 * Aho–Corasick over UTF-16 code units, compiled to a dense DFA on a reduced
 * alphabet: every code unit that occurs in some key gets a class, everything
 * else shares class 0. Matching is then one table load per code unit, which
 * keeps the matcher within a small factor of a bare `charCodeAt` loop.
 */

export interface AutomatonHit {
  /** Index of the key in the list given to `compileAutomaton`. */
  readonly key: number;
  /** End (exclusive) in the scanned units. */
  readonly end: number;
}

export interface Automaton {
  readonly keys: readonly string[];
  readonly nodeCount: number;
  /** Calls `onHit(key, end)` for every key occurrence, including overlapping and nested ones. */
  scan(units: Uint16Array, length: number, onHit: (key: number, end: number) => void): void;
}

export function compileAutomaton(keys: readonly string[]): Automaton {
  // Alphabet: class 0 is "any unit that occurs in no key".
  const classOf = new Uint16Array(0x10000);
  let alphabet = 1;
  for (const k of keys) {
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      if (classOf[c] === 0) classOf[c] = alphabet++;
    }
  }
  const A = alphabet;

  // Trie, sparse while it grows: edge (node * A + class) → child.
  const edges = new Map<number, number>();
  const endsKey: number[] = [-1];
  let nodes = 1;
  keys.forEach((k, index) => {
    let node = 0;
    for (let i = 0; i < k.length; i++) {
      const e = node * A + (classOf[k.charCodeAt(i)] as number);
      let next = edges.get(e);
      if (next === undefined) {
        next = nodes++;
        edges.set(e, next);
        endsKey.push(-1);
      }
      node = next;
    }
    // Keep the first index for a duplicate key; callers merge duplicates before compiling.
    if ((endsKey[node] as number) < 0) endsKey[node] = index;
  });

  // Dense DFA: delta[node * A + class]. 0 (the root) also means "no edge" while filling.
  const delta = new Int32Array(nodes * A);
  for (const [e, child] of edges) delta[e] = child;
  edges.clear();
  const out = Int32Array.from(endsKey);
  const fail = new Int32Array(nodes);
  const dict = new Int32Array(nodes).fill(-1); // nearest proper suffix node that ends a key
  const queue = new Int32Array(nodes);
  let head = 0;
  let tail = 0;
  for (let a = 0; a < A; a++) {
    const child = delta[a] as number;
    if (child) queue[tail++] = child; // fail = root, dict = -1
  }
  while (head < tail) {
    const u = queue[head++] as number;
    const fu = fail[u] as number;
    const rowU = u * A;
    const rowF = fu * A;
    for (let a = 0; a < A; a++) {
      const v = delta[rowU + a] as number;
      if (v) {
        const fv = delta[rowF + a] as number;
        fail[v] = fv;
        dict[v] = (out[fv] as number) >= 0 ? fv : (dict[fv] as number);
        queue[tail++] = v;
      } else delta[rowU + a] = delta[rowF + a] as number;
    }
  }

  return {
    keys,
    nodeCount: nodes,
    scan(units, length, onHit) {
      let state = 0;
      for (let i = 0; i < length; i++) {
        state = delta[state * A + (classOf[units[i] as number] as number)] as number;
        if (state === 0) continue;
        let s = (out[state] as number) >= 0 ? state : (dict[state] as number);
        while (s >= 0) {
          onHit(out[s] as number, i + 1);
          s = dict[s] as number;
        }
      }
    },
  };
}
