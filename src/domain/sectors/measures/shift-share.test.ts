import { describe, expect, it } from 'vitest';
import { computeEstebanMarquillas, computeShiftShare } from './shift-share';

/** mulberry32: a small seeded generator, so a failing case can be replayed from its seed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Positive values over six orders of magnitude, as PDRB sectors range from 0.1 bn to 3 million bn. */
const magnitude = (random: () => number) => Math.pow(10, random() * 6 - 1);

const CASES = 2000;

describe('shift-share identities on random inputs', () => {
  it('change = reference growth + industry mix + competitive shift', () => {
    const random = seeded(20261201);
    for (let i = 0; i < CASES; i += 1) {
      const eij0 = magnitude(random);
      const eijt = eij0 * (0.3 + random() * 2);
      const ein0 = eij0 * (1 + random() * 1000);
      const eint = ein0 * (0.5 + random());
      const en0 = ein0 * (1 + random() * 50);
      const ent = en0 * (0.7 + random() * 0.8);
      const s = computeShiftShare({ eij0, eijt, ein0, eint, en0, ent });
      const scale = Math.max(Math.abs(s.change), eij0);
      expect(Math.abs(s.reference + s.mix + s.competitive - s.change) / scale, `case ${i}`).toBeLessThan(
        1e-9,
      );
      expect(s.net).toBeCloseTo(s.mix + s.competitive, 9);
    }
  });

  it('competitive shift = Esteban-Marquillas competitive effect + allocation effect', () => {
    const random = seeded(8191);
    for (let i = 0; i < CASES; i += 1) {
      const eij0 = magnitude(random);
      const ej0 = eij0 * (1 + random() * 40);
      const ein0 = magnitude(random) * 100;
      const en0 = ein0 * (1 + random() * 40);
      const eijt = eij0 * (0.3 + random() * 2);
      const eint = ein0 * (0.5 + random());
      const s = computeShiftShare({ eij0, eijt, ein0, eint, en0, ent: en0 * 1.1 });
      const em = computeEstebanMarquillas(eij0, ej0, ein0, en0, s.rij, s.rin);
      const scale = Math.max(Math.abs(s.competitive), eij0, em.homothetic);
      expect(
        Math.abs(em.competitiveEffect + em.allocationEffect - s.competitive) / scale,
        `case ${i}`,
      ).toBeLessThan(1e-9);
    }
  });

  it('makes the allocation effect positive when specialised and competitive', () => {
    // Region twice as specialised as the reference (E_ij^0 = 20 vs homothetic 10) and growing faster.
    const s = computeShiftShare({ eij0: 20, eijt: 30, ein0: 100, eint: 110, en0: 1000, ent: 1100 });
    const em = computeEstebanMarquillas(20, 100, 100, 1000, s.rij, s.rin);
    expect(em.homothetic).toBe(10);
    expect(em.allocationEffect).toBeCloseTo(10 * (0.5 - 0.1), 12);
    expect(em.competitiveEffect).toBeCloseTo(10 * 0.4, 12);
  });
});
