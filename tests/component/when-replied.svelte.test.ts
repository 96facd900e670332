/**
 * One rule for every view's message line (src/lib/said.svelte.ts `whenReplied`): a reply that went
 * through does not wipe a sentence said since its command was sent; a refusal is always said.
 * Kept in `$state`, as views keep it, so the sentence read back is the state's own proxy.
 */
import { describe, expect, it } from 'vitest';
import { whenReplied, words, type Sentence } from '../../src/lib/said.svelte';

const refused = { ok: false, error: { message: 'Nobody has the floor.', text: { vi: 'Chưa có người đang phát biểu.', en: 'Nobody has the floor.' } } };
const through = { ok: true };

function line(first: Sentence | null = null) {
  const box = $state<{ said: Sentence | null }>({ said: first });
  return box;
}

describe('whenReplied', () => {
  it('a reply that went through clears the line when nothing was said since it was sent', () => {
    const l = line(words('spk.queueEmpty'));
    const after = whenReplied(() => l.said);
    l.said = after(through);
    expect(l.said).toBeNull();
  });

  it('a reply that went through leaves a sentence said since it was sent', () => {
    const l = line(null);
    const after = whenReplied(() => l.said);
    l.said = words('spk.queueEmpty');
    const newer = l.said;
    l.said = after(through);
    expect(l.said).toBe(newer);
    expect(l.said).toEqual(words('spk.queueEmpty'));
  });

  it('…and one said in place of an older sentence: the old one is not what stays', () => {
    const l = line(words('spk.pickFirst'));
    const after = whenReplied(() => l.said);
    l.said = words('spk.queueEmpty');
    l.said = after(through);
    expect(l.said).toEqual(words('spk.queueEmpty'));
  });

  it('a refusal is always said: over the sentence said since, and over an empty line', () => {
    const l = line(null);
    const late = whenReplied(() => l.said);
    l.said = words('spk.queueEmpty');
    l.said = late(refused);
    expect(l.said).toEqual(refused.error.text);
    const quiet = whenReplied(() => l.said);
    l.said = null;
    l.said = quiet(refused);
    expect(l.said).toEqual(refused.error.text);
  });

  it('two commands on their way: the earlier one’s success does not clear the later one’s refusal', () => {
    const l = line(null);
    const first = whenReplied(() => l.said);
    const second = whenReplied(() => l.said);
    l.said = second(refused);
    l.said = first(through);
    expect(l.said).toEqual(refused.error.text);
  });

  it('a line that keeps more than the sentence says how a refusal is kept in it', () => {
    const box = $state<{ at: { where: string; text: Sentence | null } | null }>({ at: null });
    const after = whenReplied(
      () => box.at,
      (text) => ({ where: 'emblem', text }),
    );
    expect(after(refused)).toEqual({ where: 'emblem', text: refused.error.text });
    const held = whenReplied(
      () => box.at,
      (text) => ({ where: 'modes', text }),
    );
    box.at = { where: 'message', text: 'typed' };
    expect(held(through)).toEqual({ where: 'message', text: 'typed' });
    expect(whenReplied(() => box.at, (text) => ({ where: 'modes', text }))(through)).toBeNull();
  });
});
