import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { mount } from './mount';
import SpeakersView from '../../src/features/speakers/SpeakersView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { discussionUnderWay, newEngine, ok, seedBasics } from '../unit/helpers';
import { stateFrom } from './on-engine.svelte';

Element.prototype.getAnimations ??= () => [];

/** Five requests, then a roll call that marks four of them away, each for another reason. */
function queueMarkedAway() {
  const { engine } = newEngine();
  seedBasics(engine);
  const names = ['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Lê Văn Tám', 'Phạm Thị Lan', 'Trần Văn Lâm'];
  const ids = names.map((fullName, i) => ok(engine, 'delegate.add', { fullName, seatNumber: i + 1 }).id);
  discussionUnderWay(engine);
  for (const delegateId of ids) ok(engine, 'speaker.request', { delegateId });
  ok(engine, 'attendance.open', { label: 'Buổi sáng' });
  ok(engine, 'attendance.mark', { delegateId: ids[0], status: 'excused' });
  ok(engine, 'attendance.mark', { delegateId: ids[1], status: 'absent' });
  ok(engine, 'attendance.mark', { delegateId: ids[2], status: 'notArrived' });
  ok(engine, 'attendance.mark', { delegateId: ids[3], status: 'left', time: '10:40' });
  ok(engine, 'attendance.mark', { delegateId: ids[4], status: 'late', time: '08:10' });
  mount(SpeakersView, { target: document.body, props: { data: stateFrom(engine) } });
  flushSync();
  const badges = () =>
    [...document.querySelectorAll('.queue [data-speech]')].map((row) => [row.querySelector('.name')?.textContent, row.querySelector('.abs')?.textContent ?? null]);
  return { badges };
}

describe('the speaker queue names why a requester is away, as the roll call marked them', () => {
  it('in Vietnamese: excused is not reported as absent, and one who arrived late is in', () => {
    i18n.set('vi');
    expect(queueMarkedAway().badges()).toEqual([
      ['Nguyễn Thị Hằng', 'Vắng có lý do'],
      ['Đặng Quốc Việt', 'Vắng không có lý do'],
      ['Lê Văn Tám', 'Chưa đến'],
      ['Phạm Thị Lan', 'Về sớm 10:40'],
      ['Trần Văn Lâm', null],
    ]);
  });

  it('in English', () => {
    i18n.set('en');
    expect(queueMarkedAway().badges()).toEqual([
      ['Nguyễn Thị Hằng', 'Absent with leave'],
      ['Đặng Quốc Việt', 'Absent without leave'],
      ['Lê Văn Tám', 'Not yet arrived'],
      ['Phạm Thị Lan', 'Left early 10:40'],
      ['Trần Văn Lâm', null],
    ]);
  });
});
