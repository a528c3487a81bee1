/**
 * An Aho–Corasick automaton over UTF-16 code units, in flat typed arrays.
 *
 * Why characters rather than a trie of word tokens: aliases contain punctuation that a tokenizer would have to
 * agree on ("AT&T", "S.A.", "Côte d'Ivoire", "Nouveau-Mexique", "R.-U."), and a character automaton treats all of
 * them alike with no per-word string allocation; word boundaries are checked afterwards, only where a pattern
 * ended. One pass costs O(text + matches) whatever the number of patterns.
 *
 * Layout: code units are first mapped to dense classes (only units that occur in some pattern get one; every
 * other unit is class 0, which sends the automaton back to the root). Children live in one CSR array; the root
 * and other busy nodes (many children, visited on almost every character) also get a dense row indexed by class,
 * so the common transitions cost one array read.
 */
export interface Automaton {
  /** code unit → class; 0 for units that occur in no pattern. */
  readonly classOf: Uint16Array;
  /** Number of classes, class 0 included. */
  readonly classCount: number;
  /** node → offset of its dense row in `denseNext`, or -1 (the root's row is at 0). */
  readonly denseRow: Int32Array;
  /** Dense rows: class → child node, 0 for none (no edge ever leads back to the root). */
  readonly denseNext: Int32Array;
  /** CSR children of node k: entries childStart[k] .. childStart[k + 1] of childClass / childNode. */
  readonly childStart: Int32Array;
  readonly childClass: Uint16Array;
  readonly childNode: Int32Array;
  /** node → longest proper suffix that is also a trie node. */
  readonly fail: Int32Array;
  /** node → index of the pattern spelled by the path to it, or -1. */
  readonly output: Int32Array;
  /** node → nearest node along the fail chain that has an output, 0 for none. */
  readonly dictLink: Int32Array;
}

/** Nodes with more children than this get a dense row (while the budget lasts). */
const DENSE_MIN_CHILDREN = 6;
/** Cap on dense-row cells, so a catalog in many scripts (many classes) cannot blow up memory. */
const DENSE_CELL_BUDGET = 1 << 22;

/** Builds the automaton for `patterns` (non-empty, distinct); pattern i is reported as output i. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const classOf = new Uint16Array(0x10000);
  let classCount = 1;
  let totalUnits = 0;
  for (const pattern of patterns) {
    totalUnits += pattern.length;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      if (classOf[unit] === 0) classOf[unit] = classCount++;
    }
  }

  // The trie, as first-child / next-sibling lists (the root's children in a dense array): cheap to grow.
  const maxNodes = totalUnits + 1;
  const firstChild = new Int32Array(maxNodes);
  const nextSibling = new Int32Array(maxNodes);
  const nodeClass = new Uint16Array(maxNodes);
  const output = new Int32Array(maxNodes).fill(-1);
  const rootNext = new Int32Array(classCount);
  let nodeCount = 1;
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p] ?? '';
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const cls = classOf[pattern.charCodeAt(i)] ?? 0;
      let child = 0;
      if (node === 0) child = rootNext[cls] ?? 0;
      else for (let c = firstChild[node] ?? 0; c !== 0; c = nextSibling[c] ?? 0) if (nodeClass[c] === cls) child = c;
      if (child === 0) {
        child = nodeCount++;
        nodeClass[child] = cls;
        if (node === 0) rootNext[cls] = child;
        else {
          nextSibling[child] = firstChild[node] ?? 0;
          firstChild[node] = child;
        }
      }
      node = child;
    }
    output[node] = p;
  }

  // CSR children.
  const childStart = new Int32Array(nodeCount + 1);
  const childClass = new Uint16Array(Math.max(0, nodeCount - 1));
  const childNode = new Int32Array(Math.max(0, nodeCount - 1));
  let edge = 0;
  for (let node = 0; node < nodeCount; node++) {
    childStart[node] = edge;
    if (node === 0) {
      for (let cls = 1; cls < classCount; cls++) {
        const child = rootNext[cls] ?? 0;
        if (child !== 0) {
          childClass[edge] = cls;
          childNode[edge++] = child;
        }
      }
    } else {
      for (let c = firstChild[node] ?? 0; c !== 0; c = nextSibling[c] ?? 0) {
        childClass[edge] = nodeClass[c] ?? 0;
        childNode[edge++] = c;
      }
    }
  }
  childStart[nodeCount] = edge;

  // Breadth-first order: failure links need their targets (shallower nodes) done first, and dense rows go to
  // the shallowest busy nodes, which are the ones a scan visits most.
  const order = new Int32Array(nodeCount);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const node = order[head] ?? 0;
    for (let e = childStart[node] ?? 0, stop = childStart[node + 1] ?? 0; e < stop; e++)
      order[tail++] = childNode[e] ?? 0;
  }

  const denseRow = new Int32Array(nodeCount).fill(-1);
  let denseCells = classCount;
  denseRow[0] = 0;
  for (let k = 1; k < nodeCount; k++) {
    const node = order[k] ?? 0;
    const degree = (childStart[node + 1] ?? 0) - (childStart[node] ?? 0);
    if (degree > DENSE_MIN_CHILDREN && denseCells + classCount <= DENSE_CELL_BUDGET) {
      denseRow[node] = denseCells;
      denseCells += classCount;
    }
  }
  const denseNext = new Int32Array(denseCells);
  denseNext.set(rootNext);
  for (let node = 1; node < nodeCount; node++) {
    const row = denseRow[node] ?? -1;
    if (row < 0) continue;
    for (let e = childStart[node] ?? 0, stop = childStart[node + 1] ?? 0; e < stop; e++) {
      denseNext[row + (childClass[e] ?? 0)] = childNode[e] ?? 0;
    }
  }

  const fail = new Int32Array(nodeCount);
  const dictLink = new Int32Array(nodeCount);
  const automaton: Automaton = {
    classOf,
    classCount,
    denseRow,
    denseNext,
    childStart,
    childClass,
    childNode,
    fail,
    output: output.subarray(0, nodeCount),
    dictLink,
  };
  for (let k = 1; k < nodeCount; k++) {
    const node = order[k] ?? 0;
    for (let e = childStart[node] ?? 0, stop = childStart[node + 1] ?? 0; e < stop; e++) {
      const child = childNode[e] ?? 0;
      const cls = childClass[e] ?? 0;
      let f = fail[node] ?? 0;
      let target = transition(automaton, f, cls);
      while (target === 0 && f !== 0) {
        f = fail[f] ?? 0;
        target = transition(automaton, f, cls);
      }
      fail[child] = target;
      dictLink[child] = (output[target] ?? -1) >= 0 ? target : (dictLink[target] ?? 0);
    }
  }
  return automaton;
}

/** The child of `node` along class `cls`, or 0 when there is none (no failure links followed). */
export function transition(a: Automaton, node: number, cls: number): number {
  const row = a.denseRow[node] ?? -1;
  if (row >= 0) return a.denseNext[row + cls] ?? 0;
  for (let e = a.childStart[node] ?? 0, stop = a.childStart[node + 1] ?? 0; e < stop; e++) {
    if (a.childClass[e] === cls) return a.childNode[e] ?? 0;
  }
  return 0;
}
