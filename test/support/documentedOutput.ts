// Shared by the examples test and the consumer check (scripts/consumers.ts).

/** The lines after `// Output:`, without their comment markers. */
export function documentedOutput(source: string): string[] {
  const at = source.indexOf('\n// Output:\n');
  if (at < 0) return [];
  return source.slice(at + '\n// Output:\n'.length).trimEnd().split('\n').map((line) => line.replace(/^\/\/ ?/, ''));
}
