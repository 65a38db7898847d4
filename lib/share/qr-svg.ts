/**
 * A QR code of a URL as SVG markup, drawn at build by the qrcode library: no client code
 * and no outside service. Dark modules on a white ground with the standard quiet zone, in
 * either colour scheme: a phone's camera reads that best.
 */
import QRCode from 'qrcode';

export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
