/**
 * Aho–Corasick over UTF-16 code units on a reduced alphabet: every code unit
 * that occurs in some key gets a class, everything else shares class 0.
 *
 * States are numbered breadth-first. The shallow ones — where a scan spends
 * nearly all its time — get dense DFA rows (one table load per code unit);
 * deeper ones keep only their trie edges and fall back along failure links.
 * That keeps matching within a small factor of a bare `charCodeAt` loop while
 * 100,000 aliases still compile in well under a second and a modest amount of memory.
 */
import type { UnitScanner } from '../arabic/fold';

export interface Automaton {
  readonly keys: readonly string[];
  readonly nodeCount: number;
  /** The automaton, in the shape the folding pass runs it. */
  readonly scanner: UnitScanner;
  /** Key index that ends exactly at each state, or -1. */
  readonly out: Int32Array;
  /** Next state down the suffix chain that ends a key, or -1. */
  readonly dict: Int32Array;
}

/**
 * Everything an automaton is made of, as plain typed arrays: what the background
 * stores in IndexedDB (structured clone keeps typed arrays as they are) so a
 * stopped service worker restores a matcher without compiling it again.
 */
export interface AutomatonTables {
  readonly keys: readonly string[];
  readonly classOf: Uint16Array;
  /** Alphabet size. */
  readonly width: number;
  /** States below this id have full DFA rows in `delta`. */
  readonly dense: number;
  readonly delta: Int32Array;
  /** Children of state n are first[n] … first[n + 1] - 1, with classes `cls`. */
  readonly first: Int32Array;
  readonly cls: Uint16Array;
  readonly fail: Int32Array;
  readonly out: Int32Array;
  readonly dict: Int32Array;
  readonly firstOut: Int32Array;
}

/** An automaton over its tables: the deep states' transition walks failure links. */
export function automatonFromTables(t: AutomatonTables): Automaton {
  const { first, cls, fail, delta, dense, width } = t;
  const step = (s: number, a: number): number => {
    let state = s;
    while (state >= dense) {
      for (let c = first[state] as number, e = first[state + 1] as number; c < e; c++)
        if (cls[c] === a) return c;
      state = fail[state] as number;
    }
    return delta[state * width + a] as number;
  };
  return {
    keys: t.keys,
    nodeCount: t.out.length,
    scanner: { delta, classOf: t.classOf, width, firstOut: t.firstOut, dense, step },
    out: t.out,
    dict: t.dict,
  };
}

/** Dense rows are capped at this many table cells (4 bytes each). */
const DENSE_CELLS = 4_000_000;

export function compileAutomaton(keys: readonly string[]): Automaton {
  return automatonFromTables(compileTables(keys));
}

export function compileTables(keys: readonly string[]): AutomatonTables {
  // Alphabet: class 0 is "any unit that occurs in no key".
  const classOf = new Uint16Array(0x10000);
  let A = 1;
  for (const k of keys) {
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      if (classOf[c] === 0) classOf[c] = A++;
    }
  }

  // 1. Trie from the keys in sorted order, so each key shares its prefix with the previous
  //    one: nodes come out in depth-first order with plain arrays, no hash maps.
  const sorted = keys.map((_, i) => i).sort((a, b) => ((keys[a] as string) < (keys[b] as string) ? -1 : 1));
  let maxNodes = 1;
  for (const k of keys) maxNodes += k.length;
  const parent = new Int32Array(maxNodes);
  const label = new Uint16Array(maxNodes);
  const endsKey = new Int32Array(maxNodes).fill(-1);
  const path = [0];
  let nodes = 1;
  let prev = '';
  for (const index of sorted) {
    const k = keys[index] as string;
    let lcp = 0;
    while (lcp < k.length && lcp < prev.length && k.charCodeAt(lcp) === prev.charCodeAt(lcp)) lcp++;
    path.length = lcp + 1;
    for (let i = lcp; i < k.length; i++) {
      parent[nodes] = path[i] as number;
      label[nodes] = classOf[k.charCodeAt(i)] as number;
      path.push(nodes++);
    }
    const end = path[k.length] as number;
    // Keep the first index for a duplicate key; callers merge duplicates before compiling.
    if ((endsKey[end] as number) < 0 || index < (endsKey[end] as number)) endsKey[end] = index;
    prev = k;
  }

  // 2. Renumber breadth-first, so "shallow" is simply "id below `dense`" and the children
  //    of a node are one contiguous range of ids (first[n] … first[n + 1] - 1).
  const kidCount = new Int32Array(nodes + 1);
  for (let n = 1; n < nodes; n++) {
    const slot = (parent[n] as number) + 1;
    kidCount[slot] = (kidCount[slot] as number) + 1;
  }
  const kidStart = new Int32Array(nodes + 1);
  for (let n = 0; n < nodes; n++) kidStart[n + 1] = (kidStart[n] as number) + (kidCount[n + 1] as number);
  const kids = new Int32Array(Math.max(1, nodes - 1));
  const fillAt = kidStart.slice(0, nodes);
  for (let n = 1; n < nodes; n++) {
    const p = parent[n] as number;
    kids[fillAt[p] as number] = n;
    fillAt[p] = (fillAt[p] as number) + 1;
  }
  const order = new Int32Array(nodes); // new id → old id
  const newId = new Int32Array(nodes);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const old = order[head] as number;
    for (let i = kidStart[old] as number; i < (kidStart[old + 1] as number); i++) {
      newId[kids[i] as number] = tail;
      order[tail++] = kids[i] as number;
    }
  }
  // In the new numbering, the children of n are first[n] … first[n + 1] - 1 (breadth-first).
  const first = new Int32Array(nodes + 1);
  const cls = new Uint16Array(nodes);
  const out = new Int32Array(nodes);
  let nextChild = 1;
  for (let n = 0; n < nodes; n++) {
    const old = order[n] as number;
    first[n] = nextChild;
    nextChild += (kidStart[old + 1] as number) - (kidStart[old] as number);
    cls[n] = label[old] as number;
    out[n] = endsKey[old] as number;
  }
  first[nodes] = nextChild;

  const dense = Math.max(1, Math.min(nodes, Math.floor(DENSE_CELLS / A)));
  const delta = new Int32Array(dense * A);
  for (let n = 0; n < dense; n++) {
    for (let c = first[n] as number; c < (first[n + 1] as number); c++) delta[n * A + (cls[c] as number)] = c;
  }
  /** A trie edge of a deep state, or 0. Deep states have few children: a scan beats a hash. */
  const edge = (s: number, a: number): number => {
    for (let c = first[s] as number, e = first[s + 1] as number; c < e; c++) if (cls[c] === a) return c;
    return 0;
  };

  // 3. Failure and dictionary links, breadth-first; dense rows become full DFA rows.
  const fail = new Int32Array(nodes);
  const dict = new Int32Array(nodes).fill(-1);
  /** The full transition from any state: dense rows are complete, deep states walk failure links. */
  const step = (s: number, a: number): number => {
    let state = s;
    while (state >= dense) {
      const next = edge(state, a);
      if (next) return next;
      state = fail[state] as number;
    }
    return delta[state * A + a] as number;
  };
  for (let u = 0; u < nodes; u++) {
    for (let v = first[u] as number; v < (first[u + 1] as number); v++) {
      const fv = u === 0 ? 0 : step(fail[u] as number, cls[v] as number);
      fail[v] = fv;
      dict[v] = (out[fv] as number) >= 0 ? fv : (dict[fv] as number);
    }
    if (u < dense && u > 0) {
      // Complete the dense row: a missing edge goes where the failure state would go.
      const row = u * A;
      const fu = fail[u] as number;
      for (let a = 0; a < A; a++) if (!delta[row + a]) delta[row + a] = step(fu, a);
    }
  }

  const firstOut = new Int32Array(nodes);
  for (let s = 0; s < nodes; s++) firstOut[s] = (out[s] as number) >= 0 ? s : (dict[s] as number);
  return { keys, classOf, width: A, dense, delta, first, cls, fail, out, dict, firstOut };
}
