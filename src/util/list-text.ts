/** `400, 404 and 409`: items joined for a message. */
export function listOf(items: readonly (number | string)[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${String(items[items.length - 1])}`;
}
