import { describe, expect, it } from 'vitest';
import { offsetMinutesAt } from './zone.js';

describe('offsetMinutesAt', () => {
  it('switches at the transition instant, to the second, on both sides of the year', () => {
    // Europe/London: 2024-03-31 01:00 UTC (GMT → BST), 2024-10-27 01:00 UTC (BST → GMT).
    const spring = Date.UTC(2024, 2, 31, 1, 0, 0);
    expect([offsetMinutesAt('Europe/London', spring - 1000), offsetMinutesAt('Europe/London', spring)]).toEqual([0, 60]);
    const autumn = Date.UTC(2024, 9, 27, 1, 0, 0);
    expect([offsetMinutesAt('Europe/London', autumn - 1), offsetMinutesAt('Europe/London', autumn)]).toEqual([60, 0]);
    // Australia/Lord_Howe moves by 30 minutes; America/Sao_Paulo once changed at local midnight.
    const lordHowe = Date.UTC(2024, 3, 6, 15, 0, 0);
    expect([offsetMinutesAt('Australia/Lord_Howe', lordHowe - 1000), offsetMinutesAt('Australia/Lord_Howe', lordHowe)]).toEqual([660, 630]);
    const saoPaulo = Date.UTC(2018, 10, 4, 3, 0, 0);
    expect([offsetMinutesAt('America/Sao_Paulo', saoPaulo - 1000), offsetMinutesAt('America/Sao_Paulo', saoPaulo)]).toEqual([-180, -120]);
  });

  it('gives the same offset for every instant of a day without a transition', () => {
    const day = Date.UTC(2024, 6, 15);
    for (const h of [0, 6, 12, 23]) expect(offsetMinutesAt('America/New_York', day + h * 3_600_000)).toBe(-240);
    expect(offsetMinutesAt('+05:30', day)).toBe(330);
  });
});
