// Words the runner's SDK modules share to say what an SDK returned.

export const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the SDK returned, in a few words; a string means the SDK did not read the body as JSON. */
export function describe(value, what) {
  if (typeof value === 'string') return `returned text, not JSON (${plural(value.length, 'character')})`;
  if (value === null || typeof value !== 'object') return `returned ${value === null ? 'null' : typeof value}`;
  return what(value);
}
