/**
 * Every sentence of Gavel has one format: per feature, two typed maps `{ en, vi }` (the engine's
 * catalogs in each feature's strings.ts under electron/, the screens' dictionaries in each
 * feature's strings.ts under src/ and common/, found by tests/unit/strings-files.ts). The types
 * keep the two languages' keys equal; these tests keep the rest true at run time: both languages
 * say something with the same placeholders, no key is owned by two features (the maps are joined
 * by spread, so the later one would silently win), and a sentence about a count takes the number
 * as a parameter instead of baking it in.
 */
import { describe, expect, it } from 'vitest';
import { problemMessages } from '../../../electron/engine/messages';
import { importProblems } from '../../../common/agenda/import';
import { ENGINE_STRINGS, UI_STRINGS } from '../strings-files';
import { fill, placeholdersOf } from '../../../common/strings';
import { voteAnnounce } from '../../../common/votes/announce';
import { clockProblems } from '../../../common/timing/clock';
import { en as labelsEn } from '../../../common/labels';
import { en as reviewEn } from '../../../common/review/strings';
import { en as personnelEn } from '../../../src/features/personnel/strings';
import { countingRecordWords, levelHeads } from '../../../electron/features/personnel/report-strings';
import { voteFields } from '../../../electron/features/votes/strings';
import { voteCsv } from '../../../common/votes/catalog';

type Strings = Record<string, string>;
interface Feature {
  /** file and export, e.g. "../../electron/features/votes/strings.ts voteErrors" */
  name: string;
  /** what kind of map it is: its keys must be unique across features of the same kind */
  kind: string;
  en: Strings;
  vi: Strings;
}

async function features(): Promise<Feature[]> {
  const found: Feature[] = [{ name: 'messages.ts problemMessages', kind: 'problems', ...problemMessages }];
  const isCatalog = (v: unknown): v is { en: Strings; vi: Strings } => !!v && typeof v === 'object' && 'en' in v && 'vi' in v;
  for (const [file, mod] of Object.entries({ ...ENGINE_STRINGS, '../../common/agenda/import.ts': { importProblems } })) {
    for (const [name, value] of Object.entries(mod)) {
      if (!isCatalog(value)) continue;
      // errors, things, fields… by the export's last word; a feature's own maps (importProblems) are their own kind
      const kind = /(Errors|Things|Fields)$/.exec(name)?.[1] ?? name;
      found.push({ name: `${file} ${name}`, kind, ...value });
    }
  }
  const core = { en: {} as Strings, vi: {} as Strings };
  for (const [file, mod] of Object.entries(UI_STRINGS)) {
    // The foundation's two halves live in src/lib/i18n/en.ts and vi.ts.
    if (file.endsWith('/i18n/en.ts')) core.en = mod.en!;
    else if (file.endsWith('/i18n/vi.ts')) core.vi = mod.vi!;
    else found.push({ name: file, kind: 'ui', en: mod.en!, vi: mod.vi! });
  }
  found.push({ name: 'i18n/en.ts + vi.ts', kind: 'ui', ...core });
  return found;
}


/**
 * A number standing before a word that counts or measures (minutes, characters, delegates…), or
 * after a bound ("at most 256", "từ 1 đến 9999"): a count baked into a sentence. Digits of another
 * kind stay: dates in examples (2026-12-08), fractions of a rule (2/3), keys (Alt+1), standards
 * (UTF-8, 1920×1080), and an input's meaning ("0 for none").
 */
const UNITS = [
  'minutes?', 'min', 'seconds?', 's', 'hours?', 'days?', 'characters?', 'KB', 'MB', 'delegates?', 'people', 'persons?', 'ballots?', 'votes?', 'entries', 'items?', 'rows?', 'times',
  'phút', 'giây', 'giờ', 'ngày', 'ký tự', 'đại biểu', 'người', 'phiếu', 'mục', 'dòng', 'lần',
];
const BAKED = new RegExp(`(?<![\\d/.:×-])\\d+\\s*(?:${UNITS.join('|')})(?![\\p{L}])|(?:\\bto|đến|at most|tối đa|more than|quá|up to)\\s+\\d+`, 'u');

describe('strings: one format, both languages, no collisions, numbers as parameters', () => {
  it('finds the catalogs of every feature, engine and screens', async () => {
    const all = await features();
    expect(all.filter((f) => f.name.includes('/electron/')).length).toBeGreaterThan(30);
    expect(all.filter((f) => f.kind === 'ui').length).toBeGreaterThan(10);
  });

  it('gives every key both languages, with the same placeholders', async () => {
    const problems: string[] = [];
    for (const f of await features()) {
      expect(Object.keys(f.vi).sort(), f.name).toEqual(Object.keys(f.en).sort());
      for (const key of Object.keys(f.en)) {
        // An empty English text (a label that is only there in some languages) may stay empty in both.
        if (f.en[key] !== '' && f.vi[key].trim() === '') problems.push(`${f.name} ${key}: no Vietnamese`);
        if (f.vi[key] !== '' && f.en[key].trim() === '') problems.push(`${f.name} ${key}: no English`);
        if (placeholdersOf(f.en[key]).join() !== placeholdersOf(f.vi[key]).join()) problems.push(`${f.name} ${key}: {…} differ`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lets no key be owned by two features of the same kind', async () => {
    const owners = new Map<string, string[]>();
    for (const f of await features()) {
      // Field labels are the exception by design: each command gets its own domain's label for a
      // shared field name (commands/index.ts labelled(); validation-labels.test.ts checks it).
      if (f.kind === 'Fields') continue;
      for (const key of Object.keys(f.en)) owners.set(`${f.kind} ${key}`, [...(owners.get(`${f.kind} ${key}`) ?? []), f.name]);
    }
    expect([...owners].filter(([, files]) => files.length > 1)).toEqual([]);
  });

  it('bakes no count into a sentence: the number is a parameter', async () => {
    const baked: string[] = [];
    for (const f of await features()) {
      for (const lang of ['en', 'vi'] as const) {
        for (const [key, text] of Object.entries(f[lang])) if (BAKED.test(text)) baked.push(`${f.name} ${key} (${lang}): ${text}`);
      }
    }
    expect(baked).toEqual([]);
  });

  it('fills a counted noun by its number: "1 item", "3 items", the number where # stands', () => {
    expect(fill('{n|# item|# items} added', { n: 1 })).toBe('1 item added');
    expect(fill('{n|# item|# items} added', { n: 3 })).toBe('3 items added');
    expect(fill('{n|# item|# items} added', { n: 0 })).toBe('0 items added');
    expect(fill('{k|The one person|All # people} {k|is|are} here', { k: 1 })).toBe('The one person is here');
    expect(fill('{k|The one person|All # people} {k|is|are} here', { k: 74 })).toBe('All 74 people are here');
    // Without its number the form stays as written, as a plain placeholder does.
    expect(fill('{n|# item|# items}', {})).toBe('{n|# item|# items}');
    expect(placeholdersOf('{n|# item|# items} of {total}')).toEqual(['n', 'total']);
  });

  it('counts English nouns in agreement: a number that can be 1 is a counted form, never "1 items"', async () => {
    // A number before a plural noun is left plain only where it cannot be 1: a limit (at most
    // {max} characters), the council's seats, a setting of minutes, a page of the journal; and
    // "questions" as a verb ("Delegate {asker} questions {name}").
    const NEVER_ONE = new Set([
      'titleLong', 'presenterLong', 'overlay.captionLeft', 'overlay.present', 'activity.more', 'backups.intro',
      'backups.reason.periodic', 'seats.low', 'seats.high', 'seats.special', 'rosterImport.p.nameTooLong', 'hall.att.rule',
      'rules.limitTooLong', 'personnel.seats', 'name', 'tooLong', 'speakersShown', 'import-over-seats', 'over-seats',
      'personnel-agree-over-posts', 'q.asks', 'hall.q.asks',
      // "{present} of {total} delegates": the total is the council's seats.
      'att.figure',
    ]);
    const PLURAL = /\{\w+\} (?:more )?(?:items|delegates|questions|speeches|entries|minutes|topics|rows|days|speakers|people|ballots|votes|hours|seconds|sittings|answers|officials|candidates|sessions|resolutions|members|requests|slips|posts|guests|groups|committees|respondents)\b/;
    const plain: string[] = [];
    for (const f of await features()) {
      for (const [key, text] of Object.entries(f.en)) if (PLURAL.test(text) && !NEVER_ONE.has(key)) plain.push(`${f.name} ${key}: ${text}`);
    }
    expect(plain).toEqual([]);
  });

  it('says "all" of a count only where it is many: one person is "1 người", "the one person", never "Tất cả 1 người" or "all 1 delegates"', async () => {
    // "all {n}", "cả {n}", "tất cả {n}" with a plain number reads "All 1 people" when n is 1; a
    // counted form ({n|the one person|all # people}) says each. A pairing code's digits are never one.
    const ALL_OF = /(?<!\p{L})(?:all|cả)\s+\{\w+\}/iu;
    const NEVER_ONE = new Set(['length']);
    const plain: string[] = [];
    for (const f of await features()) {
      for (const lang of ['en', 'vi'] as const) {
        for (const [key, text] of Object.entries(f[lang])) if (ALL_OF.test(text) && !NEVER_ONE.has(key)) plain.push(`${f.name} ${key} (${lang}): ${text}`);
      }
    }
    expect(plain).toEqual([]);
    const all = await features();
    const say = (key: string, lang: 'en' | 'vi', n: number) => fill(all.find((f) => key in f[lang])![lang][key], { known: n, count: n });
    expect(say('rosterImport.allKnown', 'vi', 1)).toBe('Người duy nhất trong tệp đã có trong danh sách: không có ai mới để nhập.');
    expect(say('rosterImport.allKnown', 'en', 1)).toBe('The one person in the file is already on the roster: there is no one new to import.');
    expect(say('rosterImport.allKnown', 'vi', 35)).toBe('Tất cả 35 người trong tệp đã có trong danh sách: không có ai mới để nhập.');
    expect(say('votes.presentRoster', 'en', 1)).toBe('No roll call: the one voting delegate on the roster counted as present');
    expect(ALL_OF.test('Tất cả {known} người')).toBe(true);
    expect(ALL_OF.test('{known|1 người|Tất cả # người}')).toBe(false);
  });

  it('catches a baked count, and lets dates, fractions and keys be', () => {
    expect(BAKED.test('the title is longer than 500 characters.')).toBe(true);
    expect(BAKED.test('tiêu đề dài quá 500 ký tự.')).toBe(true);
    expect(BAKED.test('Every 10 minutes during a sitting')).toBe(true);
    expect(BAKED.test('+30 s')).toBe(true);
    expect(BAKED.test('không phải số từ 1 đến 9999')).toBe(true);
    expect(BAKED.test('the title is longer than {max} characters.')).toBe(false);
    expect(BAKED.test('cannot read the sitting “{value}” (e.g. 2026-12-08 morning).')).toBe(false);
    expect(BAKED.test('Thấp từ 2/3: trình miễn nhiệm')).toBe(false);
    expect(BAKED.test('Choose a session first (Council & session, Alt+1).')).toBe(false);
    expect(BAKED.test('Countdown (minutes, 0 for none)')).toBe(false);
  });
});

/**
 * A recorded result put right has one name wherever it is read: the console, the minutes, the
 * counting record, the CSV, the activity log. In Vietnamese "đính chính", the word an office uses
 * to set right an error in what it has recorded and issued (Nghị định 30/2020/NĐ-CP), and the one
 * the minutes always used; not "điều chỉnh", which is what a council's resolutions do to a plan or
 * a budget ("Nghị quyết điều chỉnh kế hoạch đầu tư công…"), so a minutes reader could take a
 * corrected count for an adjusted resolution. In English, "correct" / "correction".
 */
describe('a correction of a recorded result', () => {
  const CORRECTION = /\bcorrect(?:ed|ion|s)?\b/i;
  /** The English says a result, count or vote is corrected (not a presenting body, a date, a file). */
  const ofResult = (en: string) => CORRECTION.test(en.replace(/\{[^}]*\}/g, '')) && !/presenting body|opening and closing days/i.test(en);

  it('is "đính chính" in every Vietnamese sentence of a correction, never "điều chỉnh"', async () => {
    const adjusted: string[] = [];
    const unnamed: string[] = [];
    for (const f of await features()) {
      for (const [key, vi] of Object.entries(f.vi)) {
        const en = f.en[key] ?? '';
        // Only sentences of a correction: "điều chỉnh" stays free for what a resolution or the chair adjusts.
        if (ofResult(en) && /điều chỉnh/i.test(vi)) adjusted.push(`${f.name} ${key}: ${vi}`);
        if (ofResult(en) && !/đính chính/i.test(vi)) unnamed.push(`${f.name} ${key}: ${en} | ${vi}`);
      }
    }
    expect(adjusted).toEqual([]);
    expect(unnamed).toEqual([]);
  });
});

/**
 * One name for one thing in English, on the screens as in the documents: a vote is "In favour /
 * Against / Abstain" on the console, the hall, the LAN displays and the caption as in the minutes,
 * the counting records and the review (never "For", "Agree / Disagree"), and a quoted name or
 * title is quoted one way in each language: “…” in English, «…» in Vietnamese (common/strings.ts
 * QUOTES), never in straight quotes.
 */
describe('one name per thing, one kind of quote marks', () => {
  /** Every catalog, with the ones kept beside their code (the announcement, the clock's refusals). */
  async function everyCatalog(): Promise<{ name: string; en: Strings; vi: Strings }[]> {
    const strings = (m: Record<string, unknown>): Strings => Object.fromEntries(Object.entries(m).filter((e): e is [string, string] => typeof e[1] === 'string'));
    const extra = [
      { name: 'common/votes/announce.ts voteAnnounce', ...voteAnnounce },
      { name: 'common/timing/clock.ts clockProblems', ...clockProblems },
    ];
    return [...(await features()), ...extra].map((f) => ({ name: f.name, en: strings(f.en), vi: strings(f.vi) }));
  }
  const offending = async (lang: 'en' | 'vi', bad: RegExp) =>
    (await everyCatalog()).flatMap((f) => Object.entries(f[lang]).filter(([, text]) => bad.test(text)).map(([key, text]) => `${f.name} ${key}: ${text}`));

  it('never says "Agree" or "Disagree" in English: a vote and a personnel ballot are in favour or against', async () => {
    expect(await offending('en', /\b(?:dis)?agree\b/i)).toEqual([]);
  });

  it('names the vote choices on the screens as the documents do', () => {
    const screens = [labelsEn['votes.for'], labelsEn['votes.against'], labelsEn['votes.abstain']];
    expect(screens).toEqual(['In favour', 'Against', 'Abstain']);
    // The counting record's rows, the review's columns, the engine's field names.
    const { en: rec } = countingRecordWords;
    expect([rec.for, rec.against, rec.abstain]).toEqual(screens);
    expect([reviewEn['review.col.for'], reviewEn['review.col.against'], reviewEn['review.col.abstain']]).toEqual(screens);
    expect([voteFields.en.for, voteFields.en.against, voteFields.en.abstain]).toEqual(screens);
    expect([voteCsv.en['col.for'], voteCsv.en['col.against'], voteCsv.en['col.abstain']]).toEqual(screens);
    // A personnel ballot's levels: the console's grid, the hall's heads, the counting record's table.
    const nb = (s: string) => s.replace(/\u00a0/g, ' ');
    for (const level of ['agree', 'disagree'] as const) {
      const words = [personnelEn[`personnel.level.${level}`], personnelEn[`personnel.col.${level}`], personnelEn[`hall.personnel.col.${level}`], levelHeads.en[level]].map(nb);
      expect(new Set(words), level).toEqual(new Set([level === 'agree' ? 'In favour' : 'Against']));
    }
  });

  it('quotes in English with “…” only: no straight quote marks, no «…»; an apostrophe is ’', async () => {
    expect(await offending('en', /["'«»‘]/)).toEqual([]);
  });

  it('quotes in Vietnamese with «…» only: no straight quote marks, no “…”', async () => {
    expect(await offending('vi', /["'“”‘’]/)).toEqual([]);
  });

  it('catches what it forbids', () => {
    expect(/\b(?:dis)?agree\b/i.test('Agree')).toBe(true);
    expect(/\b(?:dis)?agree\b/i.test('the two screens disagree')).toBe(true);
    expect(/\b(?:dis)?agree\b/i.test('agreement')).toBe(false);
    expect(/["'«»‘]/.test('Delete the draft "{title}"?')).toBe(true);
    expect(/["'«»‘]/.test("People's Council")).toBe(true);
    expect(/["'«»‘]/.test('Delete the draft “{title}”? The People’s Council')).toBe(false);
  });
});
