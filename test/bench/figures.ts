// Shared by the benchmark scripts: which figures were asked for, and how each is printed.
export const requested = new Set(process.argv.slice(2));

export function wants(name: string): boolean {
  return requested.size === 0 || requested.has(name);
}

export function report(name: string, unit: string, value: number): void {
  console.log(JSON.stringify({ name, unit, value: Math.round(value * 100) / 100 }));
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
