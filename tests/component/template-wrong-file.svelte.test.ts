/**
 * The office's programme (a Word file) chosen in the template picker's "Import a template file"
 * by mistake, as a new user does: the console says it is not a template and where the programme
 * is imported, sends nothing, and no template is added.
 */
import fs from 'node:fs';
import path from 'node:path';
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import TemplatePicker from '../../src/features/prep/TemplatePicker.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import { newEngine, seedBasics } from '../unit/helpers';

afterEach(() => vi.restoreAllMocks());

describe('a Word file chosen as a template', () => {
  it('is said not to be a template, pointing to the programme import, and nothing is sent', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    const send = vi.spyOn(live, 'send').mockImplementation(async (type, payload) => engine.dispatch({ ...(payload as object), type } as never, { actor: 'test', lang: 'vi' }) as never);
    const { revision, slices } = engine.snapshot();
    const app = mount(TemplatePicker, { target: document.body, props: { data: { ...slices, revision } as State } });
    flushSync();
    const docx = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/province/chuong-trinh-ky-hop.docx'));
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [new File([docx], 'chuong-trinh-ky-hop.docx')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(document.querySelector('[role=alert]')).not.toBeNull());
    expect(document.querySelector('[role=alert]')!.textContent).toBe(
      'Tệp «chuong-trinh-ky-hop.docx» không phải mẫu chương trình (.json) mà là loại tệp khác, chẳng hạn tệp Word hay Excel. Chưa có gì được nhập. Chương trình của văn phòng được nhập ở mục «Nhập chương trình từ tệp».',
    );
    i18n.set('en');
    flushSync();
    expect(document.querySelector('[role=alert]')!.textContent).toBe(
      '“chuong-trinh-ky-hop.docx” is not an agenda template (.json): it is another kind of file, such as a Word or Excel file. Nothing was imported. The office’s programme is imported under “Import a programme file”.',
    );
    expect(send).not.toHaveBeenCalled();
    expect((engine.snapshot().slices as unknown as State).prep.templates).toEqual([]);
    unmount(app);
  });
});
