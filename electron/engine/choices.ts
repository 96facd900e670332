/**
 * The names a form shows for the values of each choice field ("Ông", "Bà" for `mr`, `ms`), so a
 * refusal lists the options as the person saw them, never as codes ("Danh xưng phải là một
 * trong: Ông, Bà, hoặc để trống."). Each list is the catalog the console's form reads
 * (common/labels.ts and the features' catalogs in common/); a refusal finds its list by the
 * values zod reports, which no two choice fields share.
 */
import { en as labelsEn, vi as labelsVi } from '../../common/labels';
import { honorifics, personnelBodies, personnelKinds } from '../../common/personnel/catalog';
import { builtinTemplates } from '../../common/prep/catalog';
import { signerRoleNames } from '../../common/review/signer';
import type { Lang } from '../../common/strings';

type Labels = Record<Lang, Record<string, string>>;

/** The common labels under `prefix` ("agenda.kind."), keyed by value. */
function byPrefix(prefix: string): Labels {
  const pick = (c: Record<string, string>) => Object.fromEntries(Object.entries(c).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
  return { en: pick(labelsEn), vi: pick(labelsVi) };
}

/** The vote choices among the votes' labels: "votes.for", "votes.against", "votes.abstain". */
const voteChoices: Labels = {
  en: { for: labelsEn['votes.for'], against: labelsEn['votes.against'], abstain: labelsEn['votes.abstain'] },
  vi: { for: labelsVi['votes.for'], against: labelsVi['votes.against'], abstain: labelsVi['votes.abstain'] },
};

const LISTS: Labels[] = [
  byPrefix('agenda.kind.'),
  byPrefix('spk.kind.'),
  byPrefix('q.status.'),
  byPrefix('sitting.part.'),
  byPrefix('votes.method.'),
  byPrefix('votes.ruleKind.'),
  byPrefix('votes.base.'),
  byPrefix('votes.comparison.'),
  byPrefix('council.level.'),
  byPrefix('session.kind.'),
  voteChoices,
  personnelKinds,
  personnelBodies,
  honorifics,
  builtinTemplates,
  signerRoleNames,
];

/**
 * The options' names in `lang` for a choice that accepts `values` (the empty option left out:
 * the sentence says "or left empty"), or null when no form offers that choice (a code the console
 * itself sends: a hall mode, a note's subject).
 */
export function choiceLabels(values: readonly unknown[], lang: Lang): string[] | null {
  const wanted = values.filter((v) => v !== '').map(String);
  const list = LISTS.find((l) => wanted.every((v) => v in l.en));
  return list ? wanted.map((v) => list[lang][v]) : null;
}
