/** A GitHub table, header row then rows: for the terminal and bench/RESULTS.md (the benches, npm run test:lighthouse). */
export function markdownTable(rows: readonly (readonly string[])[]): string {
  const [head = [], ...body] = rows;
  return [head, head.map(() => '---'), ...body].map((row) => `| ${row.join(' | ')} |`).join('\n');
}
