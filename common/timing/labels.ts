/** Names of an item's timing status and of a sitting's part (morning, afternoon), shared by the console and the review's documents. */
export const en = {
  'live.status.pending': 'Not started',
  'live.status.running': 'Running',
  'live.status.paused': 'Paused',
  'live.status.finished': 'Finished',
  'live.status.skipped': 'Skipped',
  'sitting.part.morning': 'Morning',
  'sitting.part.afternoon': 'Afternoon',
  /** Beside a day and month in a narrow table column ("Sáng 17/12"): "Morning" is short already. */
  'sitting.partShort.morning': 'Morning',
  'sitting.partShort.afternoon': 'Afternoon',
};

export const vi: Record<keyof typeof en, string> = {
  'live.status.pending': 'Chưa bắt đầu',
  'live.status.running': 'Đang chạy',
  'live.status.paused': 'Tạm dừng',
  'live.status.finished': 'Đã kết thúc',
  'live.status.skipped': 'Bỏ qua',
  'sitting.part.morning': 'Buổi sáng',
  'sitting.part.afternoon': 'Buổi chiều',
  'sitting.partShort.morning': 'Sáng',
  'sitting.partShort.afternoon': 'Chiều',
};

/** A part of the day inside a sentence ("There is already a morning sitting on …"). */
const sittingPartsEn = {
  morning: 'morning',
  afternoon: 'afternoon',
};

const sittingPartsVi: Record<keyof typeof sittingPartsEn, string> = {
  morning: 'buổi sáng',
  afternoon: 'buổi chiều',
};

export const sittingParts = { en: sittingPartsEn, vi: sittingPartsVi };
