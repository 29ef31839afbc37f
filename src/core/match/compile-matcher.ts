import { foldCode, IGNORABLE, isUpperCode, SPACE } from './fold-char';
import { type MatcherAlias, type MatcherData, RULE_CODES } from './matcher-data';

/**
 * Compiles aliases into one Aho-Corasick automaton over folded text, so matching costs the same
 * whatever the number of aliases. Aliases that fold to nothing are skipped; duplicates (the same
 * folded text and capitals for the same entity and rule) are kept once.
 */
export function compileMatcher(aliases: readonly MatcherAlias[]): MatcherData {
  const entityIndex = new Map<string, number>();
  const entityIds: string[] = [];
  const entityKinds: string[] = [];
  const data: MatcherData = {
    format: 1,
    entityIds,
    entityKinds,
    edgeStart: [],
    edgeChar: [],
    edgeNext: [],
    fail: [],
    out: [-1],
    dictLink: [],
    patternNext: [],
    patternEntity: [],
    patternLength: [],
    patternRule: [],
    patternUpper: [],
    patternAlias: [],
  };
  // Trie edges keyed by state * 65536 + char while building; compressed into rows afterwards.
  const goto = new Map<number, number>();
  const seen = new Set<string>();
  const contextPatterns: number[] = [];
  let states = 1;
  for (const alias of aliases) {
    const { codes, upper } = foldAlias(alias);
    if (codes.length === 0) continue;
    let entity = -1;
    if (alias.entityId !== null) {
      entity = entityIndex.get(alias.entityId) ?? entityIds.length;
      if (entity === entityIds.length) {
        entityIds.push(alias.entityId);
        entityKinds.push(alias.kind ?? '');
        entityIndex.set(alias.entityId, entity);
      }
    }
    // Capitals are part of the key: "NATO" and "Nato" fold alike but accept different text.
    const capitals = alias.rule === 'any-case' ? '' : upper.join(',');
    const key = `${entity}|${alias.rule}|${capitals}|${alias.needsContext === true}|${String.fromCharCode(...codes)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let state = 0;
    for (const c of codes) {
      const k = state * 65536 + c;
      let next = goto.get(k);
      if (next === undefined) {
        next = states++;
        goto.set(k, next);
        data.out.push(-1);
      }
      state = next;
    }
    const pattern = data.patternEntity.length;
    data.patternEntity.push(entity);
    data.patternLength.push(codes.length);
    data.patternRule.push(RULE_CODES[alias.rule]);
    data.patternUpper.push(alias.rule === 'any-case' ? [] : upper);
    data.patternAlias.push(alias.text);
    if (alias.needsContext) contextPatterns.push(pattern);
    data.patternNext.push(data.out[state]!);
    data.out[state] = pattern;
  }
  if (contextPatterns.length) data.contextPatterns = contextPatterns;
  buildRows(goto, states, data);
  buildFailLinks(states, data);
  return data;
}

/** Folds an alias the way page text is folded, noting which folded offsets were capitals. */
export function foldAlias(alias: Pick<MatcherAlias, 'text'>): { codes: number[]; upper: number[] } {
  const codes: number[] = [];
  const upper: number[] = [];
  for (let i = 0; i < alias.text.length; i++) {
    const raw = alias.text.charCodeAt(i);
    const c = foldCode(raw);
    if (c === IGNORABLE) continue;
    if (c === SPACE && (codes.length === 0 || codes[codes.length - 1] === SPACE)) continue;
    if (isUpperCode(raw)) upper.push(codes.length);
    codes.push(c);
  }
  while (codes[codes.length - 1] === SPACE) codes.pop();
  return { codes, upper };
}

/**
 * Lays the trie out in compressed rows with states numbered breadth-first, so the shallow states,
 * where matching spends most of its time, have the lowest numbers (the matcher keeps dense
 * transition rows for those), and so every state's fail link points to a lower number.
 */
function buildRows(goto: Map<number, number>, states: number, data: MatcherData): void {
  const keys = [...goto.keys()].sort((a, b) => a - b);
  const childStart = new Array<number>(states + 1).fill(0);
  for (const k of keys) childStart[Math.floor(k / 65536) + 1]!++;
  for (let s = 0; s < states; s++) childStart[s + 1]! += childStart[s]!;
  const renumber = new Array<number>(states);
  const order = [0];
  renumber[0] = 0;
  for (let head = 0; head < order.length; head++) {
    const old = order[head]!;
    for (let e = childStart[old]!; e < childStart[old + 1]!; e++) {
      const child = goto.get(keys[e]!)!;
      renumber[child] = order.length;
      order.push(child);
    }
  }
  const edgeStart = [0];
  const edgeChar: number[] = [];
  const edgeNext: number[] = [];
  for (const old of order) {
    for (let e = childStart[old]!; e < childStart[old + 1]!; e++) {
      edgeChar.push(keys[e]! % 65536);
      edgeNext.push(renumber[goto.get(keys[e]!)!]!);
    }
    edgeStart.push(edgeChar.length);
  }
  data.edgeStart = edgeStart;
  data.edgeChar = edgeChar;
  data.edgeNext = edgeNext;
  data.out = order.map((old) => data.out[old]!);
}

function buildFailLinks(states: number, data: MatcherData): void {
  const { edgeStart, edgeChar, edgeNext, out } = data;
  const fail = new Array<number>(states).fill(0);
  const dict = new Array<number>(states).fill(-1);
  // States are numbered breadth-first, so walking them in order visits parents before children.
  for (let s = 0; s < states; s++) {
    for (let e = edgeStart[s]!; e < edgeStart[s + 1]!; e++) {
      const c = edgeChar[e]!;
      const t = edgeNext[e]!;
      if (s === 0) {
        fail[t] = 0;
      } else {
        let f = fail[s]!;
        let target = findEdge(data, f, c);
        while (target < 0 && f !== 0) {
          f = fail[f]!;
          target = findEdge(data, f, c);
        }
        fail[t] = target < 0 ? 0 : target;
      }
      dict[t] = out[fail[t]!]! >= 0 ? fail[t]! : dict[fail[t]!]!;
    }
  }
  data.fail = fail;
  data.dictLink = dict;
}

function findEdge(data: MatcherData, state: number, c: number): number {
  let lo = data.edgeStart[state]!;
  let hi = data.edgeStart[state + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const mc = data.edgeChar[mid]!;
    if (mc === c) return data.edgeNext[mid]!;
    if (mc < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
