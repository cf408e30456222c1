// URL- and XML-safe digits: no quotes, ampersands or separators an LMS might mangle.
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...DIGITS].map((digit, value) => [digit, value]));

/** How many digits a number below `count` needs. */
export const widthFor = (count: number) => {
  let width = 1;
  for (let capacity = 64; capacity < count; capacity *= 64) width += 1;
  return width;
};

/** Writes a number as exactly `width` digits. */
export function writeNumber(value: number, width: number): string {
  let text = '';
  let rest = value;
  for (let i = 0; i < width; i += 1) {
    text = DIGITS.charAt(rest % 64) + text;
    rest = Math.floor(rest / 64);
  }
  return text;
}

/** Reads fixed-width numbers; undefined when the text is not a whole number of them. */
export function readNumbers(text: string, width: number): number[] | undefined {
  if (text.length % width !== 0) return undefined;
  const values: number[] = [];
  for (let at = 0; at < text.length; at += width) {
    let value = 0;
    for (const digit of text.slice(at, at + width)) {
      const digitValue = VALUE.get(digit);
      if (digitValue === undefined) return undefined;
      value = value * 64 + digitValue;
    }
    values.push(value);
  }
  return values;
}

/** Writes a set of positions below `size` as a bit field, six positions per digit. */
export function writeBits(positions: number[], size: number): string {
  const words = new Array<number>(Math.ceil(size / 6)).fill(0);
  for (const position of positions) words[Math.floor(position / 6)]! |= 1 << position % 6;
  return words.map((word) => DIGITS.charAt(word)).join('');
}

/** Reads a bit field of `size` positions; undefined when its length or a stray bit is wrong. */
export function readBits(text: string, size: number): number[] | undefined {
  if (text.length !== Math.ceil(size / 6)) return undefined;
  const positions: number[] = [];
  for (const [i, digit] of [...text].entries()) {
    const word = VALUE.get(digit);
    if (word === undefined) return undefined;
    for (let bit = 0; bit < 6; bit += 1) {
      if ((word & (1 << bit)) === 0) continue;
      const position = i * 6 + bit;
      if (position >= size) return undefined;
      positions.push(position);
    }
  }
  return positions;
}
