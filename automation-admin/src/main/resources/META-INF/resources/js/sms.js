// How many SMS a text takes: GSM-7 (160 characters, 153 per part when split; the extension table's
// characters count twice) unless a character is outside it, then UCS-2 (70, 67 per part).

const GSM7_BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENSION = '\f^{}\\[~]|€';

export function segments(text) {
  let gsmLength = 0;
  let gsm = true;
  for (const ch of text) {
    if (GSM7_BASIC.includes(ch)) gsmLength += 1;
    else if (GSM7_EXTENSION.includes(ch)) gsmLength += 2;
    else { gsm = false; break; }
  }
  if (gsm) {
    return { encoding: 'GSM-7', characters: gsmLength, segments: gsmLength === 0 ? 0 : (gsmLength <= 160 ? 1 : Math.ceil(gsmLength / 153)), perSegment: gsmLength <= 160 ? 160 : 153 };
  }
  const units = text.length; // UTF-16 code units: an emoji takes two
  return { encoding: 'UCS-2', characters: units, segments: units <= 70 ? 1 : Math.ceil(units / 67), perSegment: units <= 70 ? 70 : 67 };
}
