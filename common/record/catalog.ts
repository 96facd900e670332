/** The frame of a Nghị định 30 document (reports/nd30.ts), also drawn by the Minutes view's preview. */
const documentFrameEn = {
  nation: 'SOCIALIST REPUBLIC OF VIET NAM',
  motto: 'Independence - Freedom - Happiness',
  recipients: 'Recipients:',
};

const documentFrameVi: Record<keyof typeof documentFrameEn, string> = {
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  recipients: 'Nơi nhận:',
};

export const documentFrame = { en: documentFrameEn, vi: documentFrameVi };
