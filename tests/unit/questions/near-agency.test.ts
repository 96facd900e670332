/**
 * A respondent's agency typed with a slip ("Sở Y tê") is close to a known one: the setup asks
 * whether she meant it. An agency known as typed, or near none, is no question.
 */
import { describe, expect, it } from 'vitest';
import { editDistance, knownAgencies, nearAgency } from '../../../common/questions/agencies';

const KNOWN = knownAgencies(['Sở Y tế', 'Sở Tài chính', ' sở y  tế ', '', 'Công an tỉnh', 'UBND tỉnh']);

describe('the agency a typed one is close to', () => {
  it('knows each agency once, as first written', () => {
    expect(KNOWN).toEqual(['Công an tỉnh', 'Sở Tài chính', 'Sở Y tế', 'UBND tỉnh']);
  });

  it('is the known one, accents folded and at most two letters apart', () => {
    expect(nearAgency('Sở Y tê', KNOWN)).toBe('Sở Y tế');
    expect(nearAgency('So Y te', KNOWN)).toBe('Sở Y tế');
    expect(nearAgency('Sở Tài chín', KNOWN)).toBe('Sở Tài chính');
    expect(nearAgency('Sở Tai chinhh', KNOWN)).toBe('Sở Tài chính');
    expect(nearAgency('Cong an tinh', KNOWN)).toBe('Công an tỉnh');
  });

  it('is none for an agency known as typed, a new one, or one too short to tell', () => {
    expect(nearAgency('sở y tế', KNOWN)).toBeNull();
    expect(nearAgency('Sở Nội vụ', KNOWN)).toBeNull();
    expect(nearAgency('Tòa án nhân dân tỉnh', KNOWN)).toBeNull();
    expect(nearAgency('Sở', KNOWN)).toBeNull();
    expect(nearAgency('', KNOWN)).toBeNull();
  });

  it('counts the letters to change', () => {
    expect(editDistance('so y te', 'so y te')).toBe(0);
    expect(editDistance('so tai chin', 'so tai chinh')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
