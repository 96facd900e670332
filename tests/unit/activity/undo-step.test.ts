/**
 * One wording of an undo step (src/lib/undoStep.ts): what each view's Undo button names, and the
 * same words in the Activity view's sentence for that undo, from (scope, action, subject, count).
 */
import { describe, expect, it } from 'vitest';
import { undoStepText, type Say, type Step } from '../../../src/lib/undoStep';
import { describe as sentence, namesFrom } from '../../../src/features/activity/activity';
import { en, vi, type MessageKey } from '../../../src/lib/i18n/index';
import { fill, type Lang } from '../../../common/strings';

const catalogs = { en, vi };
const say = (lang: Lang): Say => (key, params = {}) => (Object.hasOwn(catalogs[lang], key) ? fill(catalogs[lang][key as MessageKey], params) : undefined);
const words = (scope: string, step: Step, lang: Lang = 'en') => undoStepText(scope, step, say(lang), lang);

describe('an undo step in words', () => {
  it('words each scope’s step as its view’s Undo button does', () => {
    expect(words('queue', { action: 'extend', subject: 'Nguyễn Thị Hằng' })).toBe(fill(en['undo.who'], { label: en['spk.u.extend'], name: 'Nguyễn Thị Hằng' }));
    expect(words('questions', { action: Object.keys(en).find((k) => k.startsWith('q.u.'))!.slice(4), subject: '' })).toBe(en[Object.keys(en).find((k) => k.startsWith('q.u.')) as MessageKey]);
    expect(words('attendance', { action: 'absent', subject: 'Nguyễn Thị Hằng' }, 'vi')).toBe(fill(vi['att.u.absent' as MessageKey], { name: 'Nguyễn Thị Hằng' }));
    expect(words('roster', { action: 'import', subject: '', count: 12 }, 'vi')).toBe('nhập danh sách từ tệp (12 người)');
    expect(words('prep', { action: 'builtin', subject: 'yearEnd', count: 20 }, 'en')).toMatch(/^applying the template “.+” \(20 items\)$/);
    // A copy names the session copied from where the view knows it, else "another session".
    expect(words('prep', { action: 'copy', subject: '7', count: 3 })).toBe('copying the agenda of another session (3 items)');
    expect(undoStepText('prep', { action: 'copy', subject: '7', count: 3 }, say('en'), 'en', { session: () => 'session 10, term IV' })).toBe('copying the agenda of session 10, term IV (3 items)');
    expect(words('vote', { action: 'tally', subject: '49/2/1' })).toBe(fill(en['votes.u.tally'], { for: '49', against: '2', abstain: '1' }));
    expect(words('personnel', { action: 'ballots', subject: '50/49/47/2' })).toBe(fill(en['votes.u.ballots'], { issued: '50', returned: '49', valid: '47', invalid: '2' }));
    expect(words('personnel', { action: 'line', subject: 'Lê Hà', count: 3 })).toBe(fill(en['personnel.u.lines'], { name: 'Lê Hà', more: 2 }));
    expect(words('timing', { action: 'sittingOpen', subject: '2026-12-08' }, 'vi')).toBe(fill(vi['undo.sittingOpen' as MessageKey], { title: '08/12/2026' }));
  });

  it('gives nothing for a scope or an action without words, and Activity then says the step as before', () => {
    expect(words('notes', { action: 'set', subject: 'x' })).toBeUndefined();
    expect(words('vote', { action: 'no-such-step', subject: 'x' })).toBeUndefined();
    const names = namesFrom(null, []);
    expect(sentence({ type: 'undo', payload: { scope: 'vote', about: { action: 'no-such-step', subject: 'x' } } }, names, 'en')).toBe(fill(en['journal.undo' as MessageKey], { scope: en['journal.undoScope.vote' as MessageKey] }));
  });

  it('is the same words in the Activity view’s sentence for that undo', () => {
    const names = namesFrom(null, []);
    for (const lang of ['en', 'vi'] as const) {
      const step = { action: 'extend', subject: 'Nguyễn Thị Hằng' };
      expect(sentence({ type: 'undo', payload: { scope: 'queue', about: step } }, names, lang)).toContain(`: ${words('queue', step, lang)}`);
      const tally = { action: 'tally', subject: '28/3/2' };
      expect(sentence({ type: 'redo', payload: { scope: 'vote', about: tally } }, names, lang)).toContain(`: ${words('vote', tally, lang)}`);
    }
  });
});
