const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** Milliseconds in a duration written as a whole number and a unit: `90m`, `12h`, `30d`. */
export function parseDuration(text: string): number {
  const match = /^([1-9][0-9]{0,5})([mhd])$/.exec(text);
  if (!match) throw new Error(`A duration is a whole number and a unit, m, h or d (as in 30d); got "${text}"`);
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}
