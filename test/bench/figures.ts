// Shared by the benchmark scripts: which figures were asked for, and how each is printed.
export const requested = new Set(process.argv.slice(2));

export function wants(name: string): boolean {
  return requested.size === 0 || requested.has(name);
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export function report(name: string, unit: string, value: number): void {
  console.log(JSON.stringify({ name, unit, value: round2(value) }));
}

/**
 * One figure measured in several rounds: the median is the value, and the lowest and highest
 * round are printed beside it, so the noise of a loaded machine shows with the figure.
 */
export function reportRounds(name: string, unit: string, rounds: readonly number[]): void {
  const sorted = [...rounds].sort((a, b) => a - b);
  console.log(
    JSON.stringify({ name, unit, value: round2(percentile(sorted, 50)), rounds: sorted.length, min: round2(sorted[0]!), max: round2(sorted.at(-1)!) }),
  );
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
