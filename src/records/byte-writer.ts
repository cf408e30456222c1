/** Appends bytes and unsigned LEB128 numbers; the compact result code is written with it. */
export class ByteWriter {
  private readonly bytes: number[] = [];

  byte(value: number) {
    this.bytes.push(value & 0xff);
    return this;
  }

  raw(values: Uint8Array) {
    for (const value of values) this.bytes.push(value);
    return this;
  }

  varint(value: number) {
    let rest = value;
    while (rest >= 0x80) {
      this.bytes.push((rest & 0x7f) | 0x80);
      rest = Math.floor(rest / 128);
    }
    this.bytes.push(rest);
    return this;
  }

  done() {
    return Uint8Array.from(this.bytes);
  }
}

/** Reads what ByteWriter wrote; every read past the end or out of range throws RangeError. */
export class ByteReader {
  private at = 0;

  constructor(private readonly bytes: Uint8Array) {}

  byte() {
    const value = this.bytes[this.at];
    if (value === undefined) throw new RangeError('read past the end');
    this.at += 1;
    return value;
  }

  raw(length: number) {
    if (this.at + length > this.bytes.length) throw new RangeError('read past the end');
    const out = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return out;
  }

  varint(max = 1_000_000) {
    let value = 0;
    for (let shift = 1; ; shift *= 128) {
      const byte = this.byte();
      value += (byte & 0x7f) * shift;
      if (value > max) throw new RangeError('number out of range');
      if ((byte & 0x80) === 0) return value;
    }
  }

  get atEnd() {
    return this.at === this.bytes.length;
  }
}

/** CRC-16/CCITT-FALSE: catches every burst of up to 16 flipped bits, e.g. one mistyped character. */
export function crc16(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}
