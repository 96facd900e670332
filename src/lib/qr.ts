import QRCode from 'qrcode';

/** A QR code as an SVG data URL, drawn in the page: an address never leaves the machine to be encoded. */
export async function qrDataUrl(text: string): Promise<string> {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }))}`;
}
