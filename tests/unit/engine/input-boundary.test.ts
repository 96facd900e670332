/**
 * The validation boundary: what arrives as JSON from a socket is refused whole when it carries
 * fields the protocol does not know (prototype keys included) or text that is not well-formed
 * Unicode, and text is stored in NFC whatever form the client typed it in.
 */
import { describe, expect, it } from 'vitest';
import { dumpDb, newEngine, seedBasics } from '../helpers';

const meta = { actor: 'test', lang: 'en' } as const;
/** As the server receives it: JSON text parsed, so `__proto__` is an own key. */
const fromWire = (json: string) => JSON.parse(json) as unknown;

describe('unknown fields are refused, prototype keys included', () => {
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it(`refuses a command with an extra ${key} field`, () => {
      const { engine, db } = newEngine();
      seedBasics(engine);
      const before = dumpDb(db);
      const reply = engine.dispatch(fromWire(`{"type":"delegate.add","fullName":"A","${key}":{"voting":false}}`), meta);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid', message: `${key.replace(/^[a-z]/, (c) => c.toUpperCase())} is not a known field.` } });
      expect(dumpDb(db)).toEqual(before);
    });
  }

  it('refuses roster.import rows carrying __proto__ or constructor', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const before = dumpDb(db);
    for (const key of ['__proto__', 'constructor']) {
      const reply = engine.dispatch(fromWire(`{"type":"roster.import","rows":[{"line":2,"fullName":"A","${key}":{"x":1}}]}`), meta);
      expect(reply.ok, key).toBe(false);
      expect(!reply.ok && reply.error.code).toBe('invalid');
    }
    expect(dumpDb(db)).toEqual(before);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses deeply nested payloads instead of recursing without end', () => {
    const { engine } = newEngine();
    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    const reply = engine.dispatch(fromWire(`{"type":"delegate.add","fullName":"A","x":${deep}}`), meta);
    expect(reply.ok).toBe(false);
  });
});

describe('text at the boundary', () => {
  it('refuses lone surrogates, anywhere in the payload', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const before = dumpDb(db);
    for (const name of ['A \ud800 B', 'A \udfff', '\ud83d']) {
      const reply = engine.dispatch({ type: 'delegate.add', fullName: name }, meta);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid', message: 'Full name contains characters that are not valid Unicode.' } });
    }
    const vi = engine.dispatch({ type: 'delegate.add', fullName: 'A \ud800 B' }, { actor: 'test', lang: 'vi' });
    expect(!vi.ok && vi.error.message).toBe('Họ và tên chứa ký tự không hợp lệ (không phải Unicode chuẩn).');
    const row = engine.dispatch({ type: 'roster.import', rows: [{ line: 2, fullName: 'B', title: 'x\udc00' }] }, meta);
    expect(row.ok).toBe(false);
    expect(dumpDb(db)).toEqual(before);
  });

  it('keeps well-formed text, emoji pairs included, and stores it in NFC', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const decomposed = 'Nguyễn Thị Hồng 😀'.normalize('NFD');
    expect(decomposed).not.toBe(decomposed.normalize('NFC'));
    const reply = engine.dispatch({ type: 'delegate.add', fullName: decomposed }, meta);
    expect(reply.ok).toBe(true);
    const stored = db.prepare('SELECT full_name AS n FROM delegate').pluck().get() as string;
    expect(stored).toBe('Nguyễn Thị Hồng 😀'.normalize('NFC'));
    const journal = db.prepare("SELECT payload FROM journal WHERE type = 'delegate.add'").pluck().get() as string;
    expect(JSON.parse(journal).fullName).toBe(stored);
  });
});
