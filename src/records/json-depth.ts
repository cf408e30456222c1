/**
 * Whether parsed JSON nests no deeper than `limit` arrays and objects. Iterative, so a document
 * nested deeper than any call stack (the fuzz tests found one 20,000 deep) is answered, not thrown
 * on: the recursive steps after parsing (canonical JSON for a badge's proof) then never see it.
 */
export function nestsWithin(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= limit) return false;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return true;
}
