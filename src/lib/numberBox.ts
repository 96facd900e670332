/**
 * What a whole-number box holds: 'empty', the number typed, or 'invalid'. Number() would read
 * "34o" as NaN and "1e2" as 100, and NaN reaches the engine as null (JSON has no NaN), which
 * clears a seat or a year without a word; so only digits count (full-width ones too, as some
 * input methods type them). A minus sign is kept, for the engine to say the least it takes.
 */
export function wholeNumberIn(text: string): number | 'empty' | 'invalid' {
  const typed = text.normalize('NFKC').trim();
  if (typed === '') return 'empty';
  return /^-?\d+$/.test(typed) ? Number(typed) : 'invalid';
}
