/**
 * Character folding for names: one pass over char codes, the same rules as the `search`
 * preset of dhad/normalize (kept here so that names fold identically whether or not a Doc
 * was normalised), plus what only names need: quote marks and brackets become spaces.
 * scripts/build-names.mjs implements the same table for the lexicon; a test checks that
 * every lexicon entry is a fixed point of `foldName`.
 */

/** Folds one UTF-16 code unit; returns -1 to delete it, -2 for a word break. */
function foldCode(c: number): number {
  if (c < 0x80) {
    if (c >= 0x41 && c <= 0x5a) return c + 32; // A-Z → a-z
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e) return c;
    if (c === 0x27) return -1; // O'Brien, apostrophes inside transliterations
    return -2;
  }
  if (c >= 0x0600 && c <= 0x06ff) {
    // harakat, tanwin, shadda, sukun, Quranic marks, dagger alef, tatweel
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x06d6 && c <= 0x06ed)) return -1;
    if ((c >= 0x0610 && c <= 0x061a)) return -1;
    switch (c) {
      case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673: return 0x0627; // آأإٱ → ا
      case 0x0649: case 0x06cc: case 0x06d0: case 0x064a: return 0x064a; // ى ی → ي
      case 0x0626: return 0x064a; // ئ → ي
      case 0x0624: return 0x0648; // ؤ → و
      case 0x0629: case 0x06c0: case 0x06d5: case 0x06c1: return 0x0647; // ة ۀ → ه
      case 0x06a9: case 0x06aa: return 0x0643; // ک → ك
      case 0x060c: case 0x061b: case 0x061f: case 0x066a: case 0x066b: case 0x066c: case 0x06d4: return -2;
      default:
        if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30;
        if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 0x30;
        return c;
    }
  }
  // ZWNJ, ZWJ, bidi marks and other invisibles
  if ((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff || c === 0x00ad) return -1;
  // presentation forms are rare in names; fold them via NFKC below
  if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return -3;
  if (c === 0x00ab || c === 0x00bb || (c >= 0x2010 && c <= 0x2027) || c === 0x00a0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) {
    if (c >= 0x2010 && c <= 0x2015) return 0x2d; // dashes join like a hyphen
    return -2;
  }
  if (c >= 0xc0 && c <= 0x24f) {
    const base = String.fromCharCode(c).normalize('NFD').charCodeAt(0);
    return base < 0x80 ? foldCode(base) : base;
  }
  return c;
}

/**
 * Folds a name or a word: harakat, tatweel and invisibles removed, أإآٱ→ا, ى/ی/ئ→ي, ؤ→و,
 * ة→ه, ک→ك, digits → ASCII, Latin lower-cased; quote marks, brackets and punctuation become
 * single spaces; the result is trimmed.
 *
 * @param text - A name as written.
 * @returns The folded form, words separated by one space.
 * @example
 * foldName('كتائب "حزب الله"') // 'كتايب حزب الله'
 */
export function foldName(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f === -1) continue;
    if (f === -2) {
      pendingSpace = out.length > 0;
      continue;
    }
    let s: string;
    if (f === -3) {
      const ch = text[i]!;
      const compat = ch.normalize('NFKC');
      // ﴾ ﴿ (ornate parentheses) sit among the presentation forms but have no decomposition: a separator
      if (compat === ch) {
        pendingSpace = out.length > 0;
        continue;
      }
      s = foldName(compat);
      if (s.length === 0) continue;
    } else {
      s = String.fromCharCode(f);
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += s;
  }
  return out;
}

/** Splits a folded name into words. */
export function foldWords(text: string): string[] {
  const folded = foldName(text);
  return folded.length === 0 ? [] : folded.split(' ');
}

/** True for a code unit that is part of a word in a name (Arabic letter or mark, Latin, digit). */
export function isNameChar(c: number): boolean {
  if (c >= 0x0621 && c <= 0x064a) return true;
  if (c >= 0x064b && c <= 0x065f) return true;
  if (c === 0x0670 || c === 0x0640 || (c >= 0x0671 && c <= 0x06d3) || c === 0x06d5) return true;
  if (c >= 0x0660 && c <= 0x0669) return true;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return true;
  if (c === 0x200c || c === 0x200d) return true;
  if (c >= 0xc0 && c <= 0x24f) return true;
  if ((c >= 0xfb50 && c <= 0xfdff && c !== 0xfd3e && c !== 0xfd3f) || (c >= 0xfe70 && c <= 0xfefc)) return true;
  if (c >= 0x06f0 && c <= 0x06f9) return true;
  return false;
}

/** True when the code unit is an Arabic letter (for script checks). */
export function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0xfb50 && c <= 0xfefc);
}

/** Levenshtein distance with an early exit once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let prev = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb]!;
}
