import type { CompiledProblem } from "./compile-problem";
import { countBreaks, countIdle } from "./count-breaks";

/**
 * A schedule under local search, with everything its cost depends on kept up to date so that a
 * move's effect is computed from the two or few participants it touches. Clashes (a participant
 * twice in a slot) and tables over capacity are allowed but priced by `hardWeight`, so the search
 * can pass through infeasible schedules on crowded instances; breaks over the fairness cap are
 * priced by `fairWeight`. Slot -1 means "not placed yet" (during construction).
 */
export class SearchState {
  readonly slotOf: Int32Array;
  /** occ[p * slots + t]: meetings of participant p in slot t. */
  readonly occ: Uint16Array;
  /** mask[p * days + d]: participant p's busy slots on day d. */
  readonly mask: Int32Array;
  readonly breaksOf: Int32Array;
  readonly load: Int32Array;
  clashes = 0;
  over = 0;
  breaks = 0;
  excess = 0;
  /** Idle slots between participants' first and last meetings of a day, summed. */
  idle = 0;
  hardWeight = 4;
  fairWeight = 2;
  /**
   * Breaks alone make a flat landscape: moving a lone meeting closer to the rest changes nothing
   * until it touches them. A small price per idle slot gives the search a slope to follow.
   */
  idleWeight = 0;
  readonly clashOf: Int32Array;
  /** Participants with a break or a clash, in no order, for moves aimed at them. */
  readonly defects: Int32Array;
  defectCount = 0;
  private readonly defectAt: Int32Array;
  /** Meetings of the last chain built by buildChain. */
  readonly chain: Int32Array;
  chainLength = 0;
  private readonly seen: Int32Array;
  private readonly seenParticipant: Int32Array;
  private stamp = 0;

  constructor(
    readonly cp: CompiledProblem,
    /** Most breaks a participant may have before fairness is priced. */
    readonly cap: number,
  ) {
    this.slotOf = new Int32Array(cp.meetings).fill(-1);
    this.occ = new Uint16Array(cp.participants * cp.slots);
    this.mask = new Int32Array(cp.participants * cp.days);
    this.breaksOf = new Int32Array(cp.participants);
    this.load = new Int32Array(cp.slots);
    this.clashOf = new Int32Array(cp.participants);
    this.defects = new Int32Array(cp.participants);
    this.defectAt = new Int32Array(cp.participants).fill(-1);
    this.chain = new Int32Array(cp.meetings);
    this.seen = new Int32Array(cp.meetings);
    this.seenParticipant = new Int32Array(cp.participants);
  }

  cost(): number {
    return this.hardWeight * (this.clashes + this.over) + this.breaks + this.fairWeight * this.excess + this.idleWeight * this.idle;
  }

  isFeasible(): boolean {
    return this.clashes === 0 && this.over === 0 && this.excess === 0;
  }

  /** Cost of one participant's break count: the breaks plus the priced excess over the cap. */
  private price(breaks: number): number {
    return breaks + (breaks > this.cap ? this.fairWeight * (breaks - this.cap) : 0);
  }

  /** Cost change for participant p when one of its meetings moves from slot s to slot t (either may be -1). */
  private participantDelta(p: number, s: number, t: number): number {
    const { slots, days, dayOfSlot, bitOfSlot } = this.cp;
    let clash = 0;
    let breaks = 0;
    let idle = 0;
    let day = -1;
    let before = 0;
    let after = 0;
    if (s >= 0) {
      if (this.occ[p * slots + s] > 1) clash--;
      else {
        day = p * days + dayOfSlot[s];
        before = this.mask[day];
        after = before & ~(1 << bitOfSlot[s]);
      }
    }
    if (t >= 0) {
      if (this.occ[p * slots + t] > 0) clash++;
      else {
        const dayT = p * days + dayOfSlot[t];
        if (dayT === day) after |= 1 << bitOfSlot[t];
        else {
          const old = this.mask[dayT];
          const next = old | (1 << bitOfSlot[t]);
          breaks += countBreaks(next) - countBreaks(old);
          idle += countIdle(next) - countIdle(old);
        }
      }
    }
    if (day >= 0) {
      breaks += countBreaks(after) - countBreaks(before);
      idle += countIdle(after) - countIdle(before);
    }
    const own = this.breaksOf[p];
    return this.hardWeight * clash + this.price(own + breaks) - this.price(own) + this.idleWeight * idle;
  }

  /** Change in cost if meeting m moved to slot t (-1 to unplace it). */
  moveDelta(m: number, t: number): number {
    const s = this.slotOf[m];
    let delta = this.participantDelta(this.cp.a[m], s, t) + this.participantDelta(this.cp.b[m], s, t);
    if (this.cp.takesTable[m]) {
      const tables = this.cp.tables;
      delta += this.hardWeight * ((t >= 0 && this.load[t] >= tables ? 1 : 0) - (s >= 0 && this.load[s] > tables ? 1 : 0));
    }
    return delta;
  }

  move(m: number, t: number): void {
    const s = this.slotOf[m];
    if (s === t) return;
    if (s >= 0) this.leave(m, s);
    this.slotOf[m] = t;
    if (t >= 0) this.enter(m, t);
  }

  private leave(m: number, s: number) {
    if (this.cp.takesTable[m]) {
      if (this.load[s] > this.cp.tables) this.over--;
      this.load[s]--;
    }
    this.leaveParticipant(this.cp.a[m], s);
    this.leaveParticipant(this.cp.b[m], s);
  }

  private leaveParticipant(p: number, s: number) {
    const i = p * this.cp.slots + s;
    if (this.occ[i] > 1) {
      this.clashes--;
      this.clashOf[p]--;
      this.updateDefect(p);
    }
    if (--this.occ[i] === 0) this.setBit(p, s, false);
  }

  private enter(m: number, t: number) {
    if (this.cp.takesTable[m]) {
      if (this.load[t] >= this.cp.tables) this.over++;
      this.load[t]++;
    }
    this.enterParticipant(this.cp.a[m], t);
    this.enterParticipant(this.cp.b[m], t);
  }

  private enterParticipant(p: number, t: number) {
    const i = p * this.cp.slots + t;
    if (this.occ[i] > 0) {
      this.clashes++;
      this.clashOf[p]++;
      this.updateDefect(p);
    }
    if (this.occ[i]++ === 0) this.setBit(p, t, true);
  }

  /** Keeps `defects` listing exactly the participants with a break or a clash. */
  private updateDefect(p: number) {
    const bad = this.breaksOf[p] > 0 || this.clashOf[p] > 0;
    const at = this.defectAt[p];
    if (bad && at < 0) {
      this.defectAt[p] = this.defectCount;
      this.defects[this.defectCount++] = p;
    } else if (!bad && at >= 0) {
      const last = this.defects[--this.defectCount];
      this.defects[at] = last;
      this.defectAt[last] = at;
      this.defectAt[p] = -1;
    }
  }

  private setBit(p: number, t: number, on: boolean) {
    const i = p * this.cp.days + this.cp.dayOfSlot[t];
    const old = this.mask[i];
    const next = on ? old | (1 << this.cp.bitOfSlot[t]) : old & ~(1 << this.cp.bitOfSlot[t]);
    this.mask[i] = next;
    this.idle += countIdle(next) - countIdle(old);
    this.setBreaks(p, this.breaksOf[p] + countBreaks(next) - countBreaks(old));
  }

  private setBreaks(p: number, value: number) {
    const old = this.breaksOf[p];
    this.breaks += value - old;
    this.excess += Math.max(0, value - this.cap) - Math.max(0, old - this.cap);
    this.breaksOf[p] = value;
    this.updateDefect(p);
  }

  /**
   * Collects into `chain` the Kempe chain of meeting m between its slot and slot t: every meeting
   * in either slot reachable through shared participants. Swapping the whole chain's two slots
   * never creates a clash, which single moves on a crowded grid almost always do. Returns false
   * when some meeting in the chain may not take the other slot.
   */
  buildChain(m: number, t: number): boolean {
    const s = this.slotOf[m];
    const { a, b, meetingsOf, allowed, slots } = this.cp;
    const stamp = ++this.stamp;
    this.chain[0] = m;
    this.seen[m] = stamp;
    let length = 1;
    for (let i = 0; i < length; i++) {
      const q = this.chain[i];
      if (!allowed[q * slots + (this.slotOf[q] === s ? t : s)]) return false;
      for (let side = 0; side < 2; side++) {
        const list = meetingsOf[side === 0 ? a[q] : b[q]];
        for (let j = 0; j < list.length; j++) {
          const r = list[j];
          const slot = this.slotOf[r];
          if ((slot === s || slot === t) && this.seen[r] !== stamp) {
            this.seen[r] = stamp;
            this.chain[length++] = r;
          }
        }
      }
    }
    this.chainLength = length;
    return true;
  }

  /** Change in cost if the chain built last swapped its two slots s and t. */
  chainDelta(s: number, t: number): number {
    const { a, b, takesTable, slots, days, dayOfSlot, bitOfSlot, tables } = this.cp;
    const stamp = ++this.stamp;
    let delta = 0;
    let tablesToT = 0;
    for (let i = 0; i < this.chainLength; i++) {
      const q = this.chain[i];
      if (takesTable[q]) tablesToT += this.slotOf[q] === s ? 1 : -1;
      for (let side = 0; side < 2; side++) {
        const p = side === 0 ? a[q] : b[q];
        if (this.seenParticipant[p] === stamp) continue;
        this.seenParticipant[p] = stamp;
        const inS = this.occ[p * slots + s] > 0;
        const inT = this.occ[p * slots + t] > 0;
        if (inS === inT) continue;
        let after = this.breaksOf[p];
        let idle = 0;
        const is = p * days + dayOfSlot[s];
        const it = p * days + dayOfSlot[t];
        if (is === it) {
          const old = this.mask[is];
          const next = old ^ (1 << bitOfSlot[s]) ^ (1 << bitOfSlot[t]);
          after += countBreaks(next) - countBreaks(old);
          idle += countIdle(next) - countIdle(old);
        } else {
          for (const [i, bit] of [
            [is, bitOfSlot[s]],
            [it, bitOfSlot[t]],
          ]) {
            const old = this.mask[i];
            after += countBreaks(old ^ (1 << bit)) - countBreaks(old);
            idle += countIdle(old ^ (1 << bit)) - countIdle(old);
          }
        }
        delta += this.price(after) - this.price(this.breaksOf[p]) + this.idleWeight * idle;
      }
    }
    if (tablesToT !== 0) {
      const overBefore = Math.max(0, this.load[s] - tables) + Math.max(0, this.load[t] - tables);
      const overAfter = Math.max(0, this.load[s] - tablesToT - tables) + Math.max(0, this.load[t] + tablesToT - tables);
      delta += this.hardWeight * (overAfter - overBefore);
    }
    return delta;
  }

  applyChain(s: number, t: number): void {
    for (let i = 0; i < this.chainLength; i++) {
      const q = this.chain[i];
      this.move(q, this.slotOf[q] === s ? t : s);
    }
  }
}
