import { THAI_COMPOUNDS } from "./thaiCompounds";

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  /** A compound ends here. */
  end: boolean;
}

const newNode = (): TrieNode => ({ next: new Map(), end: false });

function trieOf(words: readonly string[]): TrieNode {
  const root = newNode();
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) {
        child = newNode();
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  return root;
}

// Built once, lazily: every wrapped cell of every sheet looks compounds up.
let defaultTrie: TrieNode | null = null;
const tries = new WeakMap<readonly string[], TrieNode>();

function trieFor(words: readonly string[]): TrieNode {
  if (words === THAI_COMPOUNDS) return (defaultTrie ??= trieOf(words));
  let trie = tries.get(words);
  if (!trie) {
    trie = trieOf(words);
    tries.set(words, trie);
  }
  return trie;
}

const inRange = (ch: string | undefined, ...ranges: readonly (readonly [number, number])[]): boolean => {
  const code = ch?.codePointAt(0) ?? -1;
  return ranges.some(([first, last]) => code >= first && code <= last);
};
/** Marks and following vowels that belong to the letter before them: a word never starts or ends before one. */
const attached = (ch: string | undefined): boolean =>
  inRange(ch, [0x0e30, 0x0e3a], [0x0e45, 0x0e45], [0x0e47, 0x0e4e]);
/** Leading vowels, written before the consonant they follow in sound: a word never starts after one. */
const leading = (ch: string | undefined): boolean => inRange(ch, [0x0e40, 0x0e44]);

/**
 * Where compounds occur in a text, as [start, end) code-unit offsets: every compound found at each
 * position (shortest first) that is a whole syllable run (it neither starts after a leading vowel or
 * before a mark, nor ends before a mark or following vowel). So นาที is found in ทำนาทีละ but not in
 * ทำนาที่ดี. Spans may overlap: choosing among them is the reader's job (wrapText).
 * @example compoundSpans("รักษาสิ่งแวดล้อม") //=> [[5, 16]]
 */
export function compoundSpans(
  text: string,
  words: readonly string[] = THAI_COMPOUNDS,
): (readonly [number, number])[] {
  const trie = trieFor(words);
  const spans: [number, number][] = [];
  for (let start = 0; start < text.length; start += 1) {
    if (attached(text[start]) || leading(text[start - 1])) continue;
    let node: TrieNode | undefined = trie;
    for (let at = start; at < text.length && node; at += 1) {
      node = node.next.get(text[at] ?? "");
      if (node?.end && !attached(text[at + 1])) spans.push([start, at + 1]);
    }
  }
  return spans;
}

/**
 * Prefixes that make one word with the word after them (การศึกษา, ความปลอดภัย, ผู้สูงอายุ,
 * นักเรียน, ค่าวัสดุ), and those that begin place names (หนองสระ, โคกกลาง, ห้วยทราย): a line never
 * ends on one of them when a word follows without a space.
 */
export const BOUND_PREFIXES: readonly string[] = [
  "การ",
  "ความ",
  "ผู้",
  "นัก",
  "ค่า",
  "หนอง",
  "ห้วย",
  "โคก",
  "ดอน",
  "บึง",
  "กุด",
];
