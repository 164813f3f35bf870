/**
 * An independent implementation of the comparison key of typed text (src/domain/text: cleanText,
 * foldText, matchKey), written from their specification one code unit at a time, with no fast path
 * and no pattern shared with the implementation: the oracle of property tests over arbitrary Unicode.
 *
 * The specification, in order:
 * 1. Thai PUA glyphs (U+F700–U+F71A, U+F884–U+F89E) become the characters they draw; invisible
 *    characters (controls but tab, line feed and return; soft hyphen; CGJ; ALM; MVS; U+200B–U+200F;
 *    bidi embeddings; U+2060–U+2064; U+2066–U+206F; BOM; U+FFF9–U+FFFB) are dropped; other spaces
 *    become U+0020, line and paragraph separators a line feed.
 * 2. Up to four rounds, stopping when a round changes nothing: NFC, then
 *    a. runs of one stacked Thai mark (U+0E31, U+0E34–U+0E3A, U+0E47–U+0E4E) become one;
 *    b. นิคหิต, tone marks (U+0E48–U+0E4B), า becomes the tone marks and ำ, and so does า, tone marks, นิคหิต;
 *    c. เเ becomes แ (left to right);
 *    d. a run of tone marks or การันต์ (U+0E48–U+0E4C) before a run of vowels above or below
 *       (U+0E31, U+0E34–U+0E3A, U+0E47) is put after it;
 *    e. ำ before a run of tone marks is put after them;
 *    f. as a.
 * 3. NFKC, then every นิคหิต directly followed by า becomes ำ.
 * 4. Thai digits become ASCII digits; U+2010–U+2015, U+2212, U+2E3A, U+2E3B, U+FE58, U+FE63, U+FF0D
 *    become "-"; U+201C–U+201F become '"'; U+2018–U+201B and U+2032 become "'".
 * 5. White space (as JavaScript's \s) is dropped; then lower case.
 */
export function typedTextKey(text: string): string {
  let s = characters(text);
  for (let round = 0; round < 4; round++) {
    const next = thaiRound(s.normalize("NFC"));
    if (next === s) break;
    s = next;
  }
  s = joinNikhahitAa(s.normalize("NFKC"));
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0x0e50 && c <= 0x0e59) out += String(c - 0x0e50);
    else if (DASH.has(c)) out += "-";
    else if (c >= 0x201c && c <= 0x201f) out += '"';
    else if ((c >= 0x2018 && c <= 0x201b) || c === 0x2032) out += "'";
    else if (!/^\s$/u.test(ch)) out += ch;
  }
  return out.toLowerCase();
}

const DASH = new Set([
  0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2e3a, 0x2e3b, 0xfe58, 0xfe63, 0xff0d,
]);

const PUA_DRAWS: Record<number, number> = {
  0xf700: 0x0e10,
  0xf701: 0x0e34,
  0xf702: 0x0e35,
  0xf703: 0x0e36,
  0xf704: 0x0e37,
  0xf705: 0x0e48,
  0xf706: 0x0e49,
  0xf707: 0x0e4a,
  0xf708: 0x0e4b,
  0xf709: 0x0e4c,
  0xf70a: 0x0e48,
  0xf70b: 0x0e49,
  0xf70c: 0x0e4a,
  0xf70d: 0x0e4b,
  0xf70e: 0x0e4c,
  0xf70f: 0x0e0d,
  0xf710: 0x0e31,
  0xf711: 0x0e4d,
  0xf712: 0x0e47,
  0xf713: 0x0e48,
  0xf714: 0x0e49,
  0xf715: 0x0e4a,
  0xf716: 0x0e4b,
  0xf717: 0x0e4c,
  0xf718: 0x0e38,
  0xf719: 0x0e39,
  0xf71a: 0x0e3a,
  0xf884: 0x0e31,
  0xf885: 0x0e34,
  0xf886: 0x0e35,
  0xf887: 0x0e36,
  0xf888: 0x0e37,
  0xf889: 0x0e47,
  0xf88a: 0x0e48,
  0xf88b: 0x0e48,
  0xf88c: 0x0e48,
  0xf88d: 0x0e49,
  0xf88e: 0x0e49,
  0xf88f: 0x0e49,
  0xf890: 0x0e4a,
  0xf891: 0x0e4a,
  0xf892: 0x0e4a,
  0xf893: 0x0e4b,
  0xf894: 0x0e4b,
  0xf895: 0x0e4b,
  0xf896: 0x0e4c,
  0xf897: 0x0e4c,
  0xf898: 0x0e4c,
  0xf899: 0x0e4d,
  0xf89a: 0x0e0d,
  0xf89b: 0x0e38,
  0xf89c: 0x0e39,
  0xf89d: 0x0e3a,
  0xf89e: 0x0e10,
};

function isInvisible(c: number): boolean {
  return (
    (c <= 0x1f && c !== 0x09 && c !== 0x0a && c !== 0x0d) ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0xad ||
    c === 0x34f ||
    c === 0x61c ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x206f) ||
    c === 0xfeff ||
    (c >= 0xfff9 && c <= 0xfffb)
  );
}

const isOtherSpace = (c: number): boolean =>
  c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;

function characters(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const drawn = PUA_DRAWS[c];
    if (drawn !== undefined) out += String.fromCharCode(drawn);
    else if (isInvisible(c)) continue;
    else if (isOtherSpace(c)) out += " ";
    else if (c === 0x2028 || c === 0x2029) out += "\n";
    else out += text[i];
  }
  return out;
}

const isStacked = (c: number): boolean =>
  c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e);
const isTone = (c: number): boolean => c >= 0x0e48 && c <= 0x0e4b;
const isTop = (c: number): boolean => c >= 0x0e48 && c <= 0x0e4c;
const isInner = (c: number): boolean => c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || c === 0x0e47;
const NIKHAHIT = 0x0e4d;
const SARA_AA = 0x0e32;
const SARA_AM = "\u0e33";

function codes(s: string): number[] {
  return Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
}

function text(cs: readonly number[]): string {
  let out = "";
  for (const c of cs) out += String.fromCharCode(c);
  return out;
}

function dedupe(s: string): string {
  const cs = codes(s);
  const out: number[] = [];
  for (const c of cs) if (!(isStacked(c) && out[out.length - 1] === c)) out.push(c);
  return text(out);
}

function thaiRound(input: string): string {
  let s = dedupe(input);
  // b. split sara am, either order
  let cs = codes(s);
  let out = "";
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i] ?? 0;
    if (c === NIKHAHIT || c === SARA_AA) {
      let j = i + 1;
      while (j < cs.length && isTone(cs[j] ?? 0)) j++;
      if ((cs[j] ?? -1) === (c === NIKHAHIT ? SARA_AA : NIKHAHIT)) {
        out += text(cs.slice(i + 1, j)) + SARA_AM;
        i = j;
        continue;
      }
    }
    out += String.fromCharCode(c);
  }
  // c. เเ → แ
  s = out;
  out = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\u0e40" && s[i + 1] === "\u0e40") {
      out += "\u0e41";
      i++;
    } else out += s[i];
  }
  // d. tone marks before vowels
  cs = codes(out);
  out = "";
  for (let i = 0; i < cs.length;) {
    if (!isTop(cs[i] ?? 0)) {
      out += String.fromCharCode(cs[i] ?? 0);
      i++;
      continue;
    }
    let j = i;
    while (j < cs.length && isTop(cs[j] ?? 0)) j++;
    let k = j;
    while (k < cs.length && isInner(cs[k] ?? 0)) k++;
    out += text(cs.slice(j, k)) + text(cs.slice(i, j));
    i = k;
  }
  // e. ำ before tone marks
  cs = codes(out);
  out = "";
  for (let i = 0; i < cs.length;) {
    if (String.fromCharCode(cs[i] ?? 0) === SARA_AM && isTone(cs[i + 1] ?? 0)) {
      let j = i + 1;
      while (j < cs.length && isTone(cs[j] ?? 0)) j++;
      out += text(cs.slice(i + 1, j)) + SARA_AM;
      i = j;
    } else {
      out += String.fromCharCode(cs[i] ?? 0);
      i++;
    }
  }
  return dedupe(out);
}

function joinNikhahitAa(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === NIKHAHIT && s.charCodeAt(i + 1) === SARA_AA) {
      out += SARA_AM;
      i++;
    } else out += s[i];
  }
  return out;
}
