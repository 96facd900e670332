import { describe, expect, it } from 'vitest';
import { keepDash } from '../../../common/strings';
import { overlayCaption } from '../../../src/overlay/caption';
import { discussionUnderWay, newEngine, ok, seedBasics } from '../helpers';

describe('a spaced dash in a group or place name', () => {
  it('stays with the word before it (a no-break space), so no line starts with "- xã"', () => {
    expect(keepDash('Tổ đại biểu số 3 - xã Cư Yên')).toBe('Tổ đại biểu số 3\u00A0- xã Cư Yên');
    expect(keepDash('Sở Tài nguyên – Môi trường')).toBe('Sở Tài nguyên\u00A0– Môi trường');
    expect(keepDash('Kinh tế-xã hội')).toBe('Kinh tế-xã hội');
  });

  it('is kept so in the caption on air', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    discussionUnderWay(engine);
    const delegateId = ok(engine, 'delegate.add', { fullName: 'Hoàng Văn Bình', group: 'Tổ đại biểu số 3 - xã Cư Yên' }).id;
    ok(engine, 'speaker.request', { delegateId });
    ok(engine, 'speaker.next');
    ok(engine, 'overlay.set', { visible: true, follow: 'speaker' });
    expect(overlayCaption(engine.current)).toMatchObject({ kind: 'speaker', line: expect.stringContaining('số 3\u00A0- xã Cư Yên') });
  });
});
