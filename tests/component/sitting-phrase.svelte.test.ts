/**
 * A sitting named inside a sentence says "phiên" once: the Vietnamese sentences say it themselves
 * ("Có mặt theo điểm danh phiên {sitting}"), so a roll call typed as "Phiên khai mạc" loses its own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, t } from '../../src/lib/i18n.svelte';
import { rollCallPhrase, sittingPhrase } from '../../src/features/attendance/rollCall';

const data = { sittings: [] };

describe('a sitting inside a sentence', () => {
  afterEach(() => i18n.set('en'));

  it('says "phiên" once in Vietnamese, whether the name is the agenda’s or typed', () => {
    i18n.set('vi');
    expect(t('votes.presentFrom', { sitting: rollCallPhrase(data, 'Phiên khai mạc') })).toBe('Có mặt theo điểm danh phiên khai mạc');
    expect(t('rollCall.started', { sitting: rollCallPhrase(data, 'Phiên họp thứ hai') })).toBe('Đã bắt đầu điểm danh phiên thứ hai');
    expect(t('live.sittingClosed', { sitting: sittingPhrase({ date: '2026-12-08', part: 'morning' }) })).toBe('Đã kết thúc phiên họp buổi sáng 08/12/2026');
    expect(t('votes.presentFrom', { sitting: rollCallPhrase(data, '2026-12-08 chiều') })).toBe('Có mặt theo điểm danh phiên buổi chiều 08/12/2026');
    // A name that only starts like the word keeps it.
    expect(rollCallPhrase(data, 'Phiên')).toBe('phiên');
  });

  it('keeps a typed name whole in English', () => {
    i18n.set('en');
    expect(t('votes.presentFrom', { sitting: rollCallPhrase(data, 'Opening sitting') })).toBe('Present by the roll call of Opening sitting');
  });
});
