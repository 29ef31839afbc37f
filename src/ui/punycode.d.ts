// The one function of punycode.js that Gloss uses (the package ships no types of its own).
declare module 'punycode/punycode.es6.js' {
  export function toUnicode(domain: string): string;
}
