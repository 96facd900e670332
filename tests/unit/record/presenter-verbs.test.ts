/**
 * What the minutes say each presenter did, from the programme's presenter cell as offices type it:
 * full diacritics, "HĐND", "UBND", "Ban KT-NS", a name before the post, two posts in one cell. Before,
 * the role came from the cell's first words only, and a committee head who presented in a discussion
 * item got the chair's verb ("Đồng chí Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh điều hành thảo
 * luận"); the council's office at the opening "khai mạc kỳ họp", the counting committee "điều hành".
 */
import { describe, expect, it } from 'vitest';
import { presenterLine } from '../../../electron/features/record/minutes';

const vi = (kind: string, title: string, presenter: string, doc = '') => presenterLine({ kind, title, presenter }, doc, 'vi');
const en = (kind: string, title: string, presenter: string, doc = '') => presenterLine({ kind, title, presenter }, doc, 'en');

describe('a council committee presents its verification report', () => {
  it('in a discussion item, whatever way the office wrote the committee', () => {
    const discussion = 'Thảo luận về dự thảo Nghị quyết quy định mức chi hỗ trợ';
    expect(vi('discussion', discussion, 'Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh')).toBe('Đồng chí Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh trình bày báo cáo thẩm tra.');
    expect(vi('discussion', discussion, 'Phó Trưởng Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh')).toBe('Đồng chí Phó Trưởng Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh trình bày báo cáo thẩm tra.');
    expect(vi('discussion', discussion, 'Trưởng ban KT-NS')).toBe('Đồng chí Trưởng ban KT-NS trình bày báo cáo thẩm tra.');
    expect(vi('discussion', discussion, 'Ban Pháp chế HĐND xã')).toBe('Ban Pháp chế HĐND xã trình bày báo cáo thẩm tra.');
    expect(vi('discussion', discussion, 'Đ/c Nguyễn Thị Hồng Nhung, Trưởng Ban Dân tộc HĐND tỉnh')).toBe(
      'Đồng chí Nguyễn Thị Hồng Nhung, Trưởng Ban Dân tộc HĐND tỉnh trình bày báo cáo thẩm tra.',
    );
    expect(en('discussion', discussion, 'Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh')).toBe('Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh presented the verification report.');
    // With the report's number: "trình bày báo cáo thẩm tra số …", "presented verification report No. …".
    expect(vi('discussion', discussion, 'Trưởng Ban KT-NS HĐND tỉnh', 'số 112/BC-HĐND')).toBe('Đồng chí Trưởng Ban KT-NS HĐND tỉnh trình bày báo cáo thẩm tra số 112/BC-HĐND.');
  });

  it('after the chair who leads the discussion, each by their own verb', () => {
    expect(vi('discussion', 'Thảo luận tại hội trường', 'Chủ tọa kỳ họp; Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh')).toBe(
      'Chủ tọa kỳ họp điều hành thảo luận; đồng chí Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh trình bày báo cáo thẩm tra.',
    );
    expect(vi('discussion', 'Thảo luận tại hội trường', 'Chủ tịch HĐND tỉnh')).toBe('Đồng chí Chủ tịch HĐND tỉnh điều hành thảo luận.');
    expect(vi('verification', 'Báo cáo thẩm tra', 'Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh')).toBe('Đồng chí Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh trình bày báo cáo thẩm tra.');
  });

  it('is a delegate in a questioning sitting and presents the draft before a vote', () => {
    expect(vi('questioning', 'Chất vấn và trả lời chất vấn', 'Chủ tọa kỳ họp; Trưởng Ban Văn hóa - Xã hội HĐND tỉnh')).toBe(
      'Chủ tọa kỳ họp điều hành phiên chất vấn; đồng chí Trưởng Ban Văn hóa - Xã hội HĐND tỉnh chất vấn.',
    );
    expect(vi('vote', 'Biểu quyết thông qua các nghị quyết', 'Chủ tọa kỳ họp; Trưởng Ban Pháp chế HĐND tỉnh')).toBe(
      'Chủ tọa kỳ họp điều hành biểu quyết; đồng chí Trưởng Ban Pháp chế HĐND tỉnh trình bày dự thảo nghị quyết.',
    );
  });

  it('is not any "Ban": the Party\'s, an executive board or the counting committee keep their own', () => {
    expect(vi('report', 'Báo cáo kết quả thực hiện', 'Trưởng Ban Quản lý Khu kinh tế tỉnh')).toBe('Đồng chí Trưởng Ban Quản lý Khu kinh tế tỉnh trình bày báo cáo.');
    expect(vi('discussion', 'Thảo luận tại hội trường', 'Trưởng Ban Tổ chức Tỉnh ủy')).not.toContain('thẩm tra');
    expect(vi('discussion', 'Thảo luận tại hội trường', 'Trưởng Ban Dân vận')).not.toContain('thẩm tra');
    expect(vi('election', 'Lấy phiếu tín nhiệm', 'Ban kiểm phiếu')).toBe('Ban kiểm phiếu công bố kết quả kiểm phiếu.');
    expect(vi('election', 'Bầu bổ sung Ủy viên UBND tỉnh', 'Thường trực HĐND tỉnh; Trưởng Ban kiểm phiếu')).toBe(
      'Thường trực HĐND tỉnh điều hành; đồng chí Trưởng Ban kiểm phiếu công bố kết quả kiểm phiếu.',
    );
    expect(en('election', 'Lấy phiếu tín nhiệm', 'Ban kiểm phiếu')).toBe('Ban kiểm phiếu announced the result of the ballot count.');
  });
});

describe('the other presenters of a council session', () => {
  it('the council\'s office opens with the purpose of the session and the delegates; whoever leads the flag salute conducts it', () => {
    expect(vi('opening', 'Tuyên bố lý do, giới thiệu đại biểu', 'Chánh Văn phòng')).toBe('Đồng chí Chánh Văn phòng tuyên bố lý do, giới thiệu đại biểu.');
    expect(vi('opening', 'Tuyên bố lý do, giới thiệu đại biểu', 'Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh')).toBe(
      'Đồng chí Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh tuyên bố lý do, giới thiệu đại biểu.',
    );
    expect(en('opening', 'Tuyên bố lý do, giới thiệu đại biểu', 'Chánh Văn phòng')).toBe(
      'Chánh Văn phòng declared the purpose of the session and introduced the delegates and guests.',
    );
    expect(vi('opening', 'Chào cờ', 'Chánh Văn phòng HĐND tỉnh')).toBe('Đồng chí Chánh Văn phòng HĐND tỉnh điều khiển nghi lễ chào cờ.');
    expect(vi('closing', 'Chào cờ bế mạc', 'Chủ tọa kỳ họp')).toBe('Chủ tọa kỳ họp điều khiển nghi lễ chào cờ.');
  });

  it('the council\'s chair opens and closes the session, even one who is also the Party\'s secretary', () => {
    expect(vi('opening', 'Khai mạc kỳ họp', 'Chủ tịch HĐND tỉnh')).toBe('Đồng chí Chủ tịch HĐND tỉnh khai mạc kỳ họp.');
    expect(vi('opening', 'Khai mạc kỳ họp', 'Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh')).toBe('Đồng chí Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh khai mạc kỳ họp.');
    expect(vi('closing', 'Bế mạc kỳ họp', 'Đồng chí Trần Văn Quang, Chủ tịch Hội đồng nhân dân tỉnh')).toBe(
      'Đồng chí Trần Văn Quang, Chủ tịch Hội đồng nhân dân tỉnh phát biểu bế mạc kỳ họp.',
    );
  });

  it('the Party committee\'s leader gives a guiding speech, in whatever item the programme files it', () => {
    expect(vi('opening', 'Phát biểu chỉ đạo của lãnh đạo Tỉnh ủy', 'Bí thư Tỉnh ủy')).toBe('Đồng chí Bí thư Tỉnh ủy phát biểu chỉ đạo.');
    expect(vi('report', 'Phát biểu chỉ đạo', 'Phó Bí thư Thường trực Tỉnh ủy')).toBe('Đồng chí Phó Bí thư Thường trực Tỉnh ủy phát biểu chỉ đạo.');
    expect(vi('closing', 'Phát biểu của lãnh đạo Đảng ủy', 'Lãnh đạo Đảng ủy xã')).toBe('Lãnh đạo Đảng ủy xã phát biểu chỉ đạo.');
    expect(en('opening', 'Phát biểu chỉ đạo', 'Bí thư Tỉnh ủy')).toBe('Bí thư Tỉnh ủy gave a guiding speech.');
    // One who also heads the people's committee presents its report as its chair.
    expect(vi('report', 'Báo cáo tình hình kinh tế - xã hội năm 2026', 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh')).toBe(
      'Đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh trình bày báo cáo.',
    );
  });

  it('the people\'s committee answers, explains and presents its submission in an election; the secretary and the office the drafts', () => {
    expect(vi('questioning', 'Chất vấn và trả lời chất vấn', 'Giám đốc Sở Nông nghiệp và Môi trường')).toBe('Đồng chí Giám đốc Sở Nông nghiệp và Môi trường trả lời chất vấn.');
    expect(vi('discussion', 'Thảo luận tại hội trường', 'Lãnh đạo UBND tỉnh')).toBe('Lãnh đạo UBND tỉnh giải trình, làm rõ các vấn đề đại biểu quan tâm.');
    expect(vi('election', 'Miễn nhiệm Ủy viên UBND tỉnh', 'Thường trực HĐND tỉnh; Chủ tịch UBND tỉnh')).toBe(
      'Thường trực HĐND tỉnh điều hành; đồng chí Chủ tịch UBND tỉnh trình bày tờ trình.',
    );
    expect(vi('vote', 'Biểu quyết thông qua các nghị quyết', 'Chủ tọa kỳ họp; Chánh Văn phòng HĐND tỉnh')).toBe(
      'Chủ tọa kỳ họp điều hành biểu quyết; đồng chí Chánh Văn phòng HĐND tỉnh trình bày dự thảo nghị quyết.',
    );
    expect(vi('report', 'Báo cáo công tác của Tòa án nhân dân và Viện kiểm sát nhân dân', 'Chánh án TAND tỉnh, Viện trưởng VKSND tỉnh')).toBe(
      'Đồng chí Chánh án TAND tỉnh, Viện trưởng VKSND tỉnh trình bày báo cáo.',
    );
  });

  it('a name alone keeps the kind\'s verb, and an empty cell or a break says nothing', () => {
    expect(vi('discussion', 'Thảo luận tại hội trường', 'Nguyễn Văn Hùng')).toBe('Đồng chí Nguyễn Văn Hùng điều hành thảo luận.');
    expect(vi('verification', 'Báo cáo thẩm tra', 'Tô Văn Nam')).toBe('Đồng chí Tô Văn Nam trình bày báo cáo thẩm tra.');
    expect(vi('discussion', 'Thảo luận tại hội trường', '')).toBeNull();
    expect(vi('break', 'Giải lao', 'Chủ tọa kỳ họp')).toBeNull();
  });
});
