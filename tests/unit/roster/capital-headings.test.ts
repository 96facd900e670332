/**
 * Headings typed in capitals in Word ("TỔ ĐẠI BIỂU SỐ 1", "PHẦN THỨ NHẤT: KHAI MẠC") come in sentence
 * case, as the hall and the minutes print names and titles; abbreviations, Roman numerals, bodies and
 * the council's place keep their capitals, and a heading typed in mixed case is left as typed.
 */
import { describe, expect, it } from 'vitest';
import { sentenceCase } from '../../../common/capitals';
import { parseAgendaTable } from '../../../common/agenda/import';
import { councilPlaces } from '../../../common/council/units';

describe('a heading in capitals', () => {
  it('is written in sentence case the Vietnamese way', () => {
    expect(sentenceCase('TỔ ĐẠI BIỂU SỐ 1')).toBe('Tổ đại biểu số 1');
    expect(sentenceCase('PHẦN THỨ NHẤT: KHAI MẠC')).toBe('Phần thứ nhất: Khai mạc');
    expect(sentenceCase('II. TRÌNH BÀY CÁC BÁO CÁO, TỜ TRÌNH')).toBe('II. Trình bày các báo cáo, tờ trình');
    expect(sentenceCase('NGHỈ GIẢI LAO')).toBe('Nghỉ giải lao');
  });

  it('keeps abbreviations, Roman numerals, bodies and the places it is told', () => {
    expect(sentenceCase('BÁO CÁO CỦA UBND TỈNH QUẢNG TRỊ', ['Quảng Trị'])).toBe('Báo cáo của UBND tỉnh Quảng Trị');
    expect(sentenceCase('KỲ HỌP THỨ XI, HĐND TỈNH KHÓA VIII')).toBe('Kỳ họp thứ XI, HĐND tỉnh khóa VIII');
    expect(sentenceCase('THÔNG BÁO CỦA ỦY BAN MTTQ VIỆT NAM TỈNH')).toBe('Thông báo của Ủy ban MTTQ Việt Nam tỉnh');
    expect(sentenceCase('BÁO CÁO THẨM TRA CỦA BAN KINH TẾ - NGÂN SÁCH HỘI ĐỒNG NHÂN DÂN')).toBe('Báo cáo thẩm tra của Ban Kinh tế - Ngân sách Hội đồng nhân dân');
    // The office's tone placement ("UỶ") is kept, the body still known.
    expect(sentenceCase('TỜ TRÌNH CỦA UỶ BAN NHÂN DÂN')).toBe('Tờ trình của Uỷ ban nhân dân');
    // "VI", "XI" are words unless a numbering word stands before them.
    expect(sentenceCase('XỬ LÝ VI PHẠM TRONG PHẠM VI TỈNH')).toBe('Xử lý vi phạm trong phạm vi tỉnh');
    expect(sentenceCase('PHẦN VI')).toBe('Phần VI');
    expect(sentenceCase('KHAI MẠC KỲ HỌP')).toBe('Khai mạc kỳ họp');
  });

  it('leaves a heading in mixed case, and text without letters, as typed', () => {
    for (const text of ['Tổ đại biểu số 1 - xã Hòa Sơn', 'TỔ 1 - xã Hòa Sơn', 'Báo cáo của UBND tỉnh', '2026', '']) expect(sentenceCase(text)).toBe(text);
  });
});

describe('a place in a heading in capitals', () => {
  it('keeps its capitals after its unit, up to a mark or a word no place has', () => {
    expect(sentenceCase('TỔ ĐẠI BIỂU SỐ 1 - THÀNH PHỐ HÒA BÌNH')).toBe('Tổ đại biểu số 1 - thành phố Hòa Bình');
    expect(sentenceCase('TỔ 2 - HUYỆN LƯƠNG SƠN, XÃ TÂN LẬP VÀ XÃ CƯ YÊN')).toBe('Tổ 2 - huyện Lương Sơn, xã Tân Lập và xã Cư Yên');
    expect(sentenceCase('TỜ TRÌNH CỦA UBND TỈNH QUẢNG NAM VỀ GIÁ ĐẤT NĂM 2027')).toBe('Tờ trình của UBND tỉnh Quảng Nam về giá đất năm 2027');
    expect(sentenceCase('BÁO CÁO KINH TẾ - XÃ HỘI CỦA CÁC XÃ ĐẶC BIỆT KHÓ KHĂN')).toBe('Báo cáo kinh tế - xã hội của các xã đặc biệt khó khăn');
    expect(sentenceCase('BÁO CÁO CỦA TỈNH ỦY VÀ UBND TỈNH')).toBe('Báo cáo của Tỉnh ủy và UBND tỉnh');
  });
});

describe('a heading in capitals with a note in brackets', () => {
  it('is written in sentence case, the note as typed', () => {
    expect(sentenceCase('I. PHIÊN KHAI MẠC (Phát thanh, truyền hình trực tiếp)')).toBe('I. Phiên khai mạc (Phát thanh, truyền hình trực tiếp)');
    expect(sentenceCase('Phiên khai mạc (PHÁT THANH TRỰC TIẾP)')).toBe('Phiên khai mạc (PHÁT THANH TRỰC TIẾP)');
  });
});

describe('a programme whose parts are typed in capitals', () => {
  it('imports them in sentence case, the council’s place with its capitals, items typed in mixed case as typed', () => {
    const table = [
      ['STT', 'Nội dung', 'Cơ quan trình bày'],
      ['', 'PHẦN THỨ NHẤT: KHAI MẠC', ''],
      ['1', 'Chào cờ', ''],
      ['II.', 'BÁO CÁO CỦA UBND TỈNH QUẢNG TRỊ', ''],
      ['1', 'Báo cáo tình hình KT-XH năm 2026', 'UBND tỉnh'],
    ];
    const { rows, problems } = parseAgendaTable(table, { places: councilPlaces({ name: 'HĐND tỉnh Quảng Trị', level: 'province' }) });
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.title)).toEqual(['Phần thứ nhất: Khai mạc', 'Chào cờ', 'Báo cáo của UBND tỉnh Quảng Trị', 'Báo cáo tình hình KT-XH năm 2026']);
  });
});
