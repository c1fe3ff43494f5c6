import type { CodePostings, MatchIndex } from "./build-match-index";
import type { CodeRef, OrgFeatures } from "./org-features";

/** Per-candidate partial signals, filled by walking the asker's postings once (term at a time). */
export type Accumulators = {
  /** Positions of every organisation reached, in the order first reached; `count` of them are set. */
  touched: Int32Array;
  count: number;
  theySupply: Uint8Array;
  youSupply: Uint8Array;
  partnership: Uint8Array;
  /** Bit 1: they supply a stage you consume; bit 2: you supply a stage they consume. */
  chain: Uint8Array;
  sharedSectors: Uint8Array;
  /** Dot product of the text vectors, i.e. the cosine. */
  text: Float64Array;
};

export const CHAIN_THEY_SUPPLY = 1;
export const CHAIN_YOU_SUPPLY = 2;

type Scratch = Accumulators & { seen: Uint8Array };

// Seven arrays the size of the directory per query would cost more in zeroing and garbage
// collection than the query itself, so each index keeps one set, and `releaseCandidates` clears
// only the entries a query touched. Queries run synchronously, so one set per index is enough.
const scratchByIndex = new WeakMap<MatchIndex, Scratch>();

function scratchOf(index: MatchIndex): Scratch {
  let scratch = scratchByIndex.get(index);
  if (!scratch) {
    const size = index.organizations.length;
    scratch = {
      seen: new Uint8Array(size),
      touched: new Int32Array(size),
      count: 0,
      theySupply: new Uint8Array(size),
      youSupply: new Uint8Array(size),
      partnership: new Uint8Array(size),
      chain: new Uint8Array(size),
      sharedSectors: new Uint8Array(size),
      text: new Float64Array(size),
    };
    scratchByIndex.set(index, scratch);
  }
  return scratch;
}

/** Clears what `accumulateCandidates` filled in, ready for the next query on the same index. */
export function releaseCandidates(acc: Accumulators): void {
  const scratch = acc as Scratch;
  for (let k = 0; k < scratch.count; k++) {
    const p = scratch.touched[k];
    scratch.seen[p] = 0;
    scratch.theySupply[p] = 0;
    scratch.youSupply[p] = 0;
    scratch.partnership[p] = 0;
    scratch.chain[p] = 0;
    scratch.sharedSectors[p] = 0;
    scratch.text[p] = 0;
  }
  scratch.count = 0;
}

/** Fills the accumulators for one asker; call `releaseCandidates` when done with them. */
export function accumulateCandidates(index: MatchIndex, me: OrgFeatures): Accumulators {
  const acc = scratchOf(index);
  // A query that failed half-way leaves its marks behind; clear them rather than mix them in.
  if (acc.count > 0) releaseCandidates(acc);
  const seen = acc.seen;
  const touch = (position: number) => {
    if (seen[position] === 0) {
      seen[position] = 1;
      acc.touched[acc.count++] = position;
    }
  };
  const raise = (levels: Uint8Array, postings: Int32Array | undefined, rank: number) => {
    if (!postings) return;
    for (let k = 0; k < postings.length; k++) {
      const position = postings[k];
      if (levels[position] < rank) levels[position] = rank;
      touch(position);
    }
  };
  // The level of two codes is the longest prefix they share, so one code of ours reaches the
  // subheading, heading and chapter postings, each raising the level to what it proves.
  const matchCodes = (levels: Uint8Array, codes: readonly CodeRef[], postings: CodePostings) => {
    for (const { code } of codes) {
      if (code.length === 6) raise(levels, postings.by6.get(code), 3);
      if (code.length >= 4) raise(levels, postings.by4.get(code.slice(0, 4)), 2);
      raise(levels, postings.by2.get(code.slice(0, 2)), 1);
    }
  };
  matchCodes(acc.theySupply, me.demand, index.supply);
  matchCodes(acc.youSupply, me.supply, index.demand);
  matchCodes(acc.partnership, me.partner, index.any);
  matchCodes(acc.partnership, me.any, index.partner);

  const mark = (lists: Int32Array[], stages: readonly number[], bit: number) => {
    for (const stage of stages) {
      const postings = lists[stage];
      for (let k = 0; k < postings.length; k++) {
        acc.chain[postings[k]] |= bit;
        touch(postings[k]);
      }
    }
  };
  mark(index.producers, me.consumedStages, CHAIN_THEY_SUPPLY);
  mark(index.consumers, me.producedStages, CHAIN_YOU_SUPPLY);

  for (const sector of me.sectorIds) {
    const postings = index.bySector[sector];
    for (let k = 0; k < postings.length; k++) {
      acc.sharedSectors[postings[k]]++;
      touch(postings[k]);
    }
  }
  // Ascending term order, as in cosineOf, so the sums are bit-identical.
  const { terms, weights } = me.text;
  for (let i = 0; i < terms.length; i++) {
    const postings = index.byTerm[terms[i]];
    const mine = weights[i];
    for (let k = 0; k < postings.orgs.length; k++) {
      const position = postings.orgs[k];
      acc.text[position] += mine * postings.weights[k];
      touch(position);
    }
  }
  return acc;
}
