/**
 * Bytes for the compact matcher: unsigned LEB128 varints written into a growing buffer, read back
 * with bounds checks, and base64 so the bytes travel in JSON messages and extension storage.
 */
export class ByteWriter {
  private bytes = new Uint8Array(1024);
  private length = 0;

  /** Appends `value` (a non-negative integer below 2^32) as a varint. */
  varint(value: number): void {
    if (this.length + 5 > this.bytes.length) this.grow(5);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }

  /** Appends raw bytes. */
  raw(data: Uint8Array): void {
    if (this.length + data.length > this.bytes.length) this.grow(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }

  /** The bytes written so far. */
  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }

  private grow(extra: number): void {
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }
}

/** Reads what `ByteWriter` wrote; throws on data that runs out or a varint that does not fit. */
export class ByteReader {
  offset = 0;

  constructor(readonly bytes: Uint8Array) {}

  varint(): number {
    const { bytes } = this;
    let at = this.offset;
    let value = 0;
    // Four bytes (28 bits) by shifts, which stay within a small integer; a fifth by multiplying.
    for (let shift = 0; ; shift += 7) {
      if (at >= bytes.length) throw new Error('matcher data ends early');
      const b = bytes[at++]!;
      value = shift < 28 ? value | ((b & 0x7f) << shift) : value + (b & 0x7f) * 0x10000000;
      if (b < 0x80) {
        this.offset = at;
        return value;
      }
      if (shift >= 28) throw new Error('matcher data has an oversized number');
    }
  }

  /** A view of the next `n` bytes. */
  take(n: number): Uint8Array {
    if (this.offset + n > this.bytes.length) throw new Error('matcher data ends early');
    const view = this.bytes.subarray(this.offset, this.offset + n);
    this.offset += n;
    return view;
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/** Standard base64 with padding. Built in chunks so large inputs do not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 3 * 4096;
  const codes = new Array<number>(4096 * 4);
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    let k = 0;
    for (let i = start; i < end; i += 3) {
      const b0 = bytes[i]!;
      const b1 = i + 1 < end ? bytes[i + 1]! : 0;
      const b2 = i + 2 < end ? bytes[i + 2]! : 0;
      codes[k++] = ALPHABET.charCodeAt(b0 >> 2);
      codes[k++] = ALPHABET.charCodeAt(((b0 & 3) << 4) | (b1 >> 4));
      codes[k++] = i + 1 < end ? ALPHABET.charCodeAt(((b1 & 15) << 2) | (b2 >> 6)) : 61;
      codes[k++] = i + 2 < end ? ALPHABET.charCodeAt(b2 & 63) : 61;
    }
    codes.length = k;
    parts.push(String.fromCharCode.apply(null, codes));
  }
  return parts.join('');
}

/** The platform's own decoder (`Uint8Array.fromBase64`, ECMAScript 2026) where there is one. */
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;

/**
 * Decodes standard base64 (padding optional); throws on any other character. Uses the
 * platform's decoder where there is one, else decodes four characters at a time.
 */
export function fromBase64(text: string): Uint8Array {
  if (nativeFromBase64) {
    try {
      return nativeFromBase64(text);
    } catch {
      throw new Error('matcher data is not base64');
    }
  }
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  const whole = end - (end % 4);
  let o = 0;
  let i = 0;
  for (; i < whole; i += 4) {
    const v =
      (digit(text.charCodeAt(i)) << 18) |
      (digit(text.charCodeAt(i + 1)) << 12) |
      (digit(text.charCodeAt(i + 2)) << 6) |
      digit(text.charCodeAt(i + 3));
    out[o++] = v >> 16;
    out[o++] = (v >> 8) & 0xff;
    out[o++] = v & 0xff;
  }
  let acc = 0;
  let bits = 0;
  for (; i < end; i++) {
    acc = ((acc << 6) | digit(text.charCodeAt(i))) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return o === out.length ? out : out.subarray(0, o);
}

function digit(c: number): number {
  const v = c < 128 ? DECODE[c]! : -1;
  if (v < 0) throw new Error('matcher data is not base64');
  return v;
}
