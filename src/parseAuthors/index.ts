import type { Author } from '../model/schema.js';
import { normalizeWhitespace } from '../normalizeWhitespace/index.js';
import { lower } from '../lower/index.js';

// Lead-ins before a byline's names. Phrases may be glued to the name by a hidden label
// ('Veröffentlicht vonChris Jung'); single words need a space ('By Byron' keeps 'Byron').
const PREFIX =
  /^(?:(?:(?:post|article)\s+author|view (?:all|more) posts by|(?:all|more)?\s*posts by|(?:zeige )?alle (?:beiträge|artikel) von|beiträge von|(?:geschrieben|verfasst|erstellt|veröffentlicht|eingestellt|gespeichert)\s+von|ein artikel von|rezept von|(?:written|words|posted|published|publicado|reported|compiled|edited|story|text|interview)\s+(?:by|por)|von der redaktion|autoreninfo|über)\s*:?\s*|(?:by|von|par|por|door|di|av|autor(?:in|en)?|authors?|author\(s\)|redakteur(?:in)?|text|interview|redaktion)\s*:?\s+)/i;
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|von|van|de|da|der|den|del|della|di|du|la|le|bin|al|y|e|zu|ten|ter|dos|das)$/u;
// Words of page furniture, never part of a name.
const NOT_A_NAME = /\b(?:view|profile|posts?|comments?|share|read|more|follow|subscribe|admin|wordpressadmin|editor's|staff writer|newsletter|home|menu|login|search|undefined|null|no author|unknown|publisher|name|tweet|published|veröffentlicht|anonymous|sponsored|gesponsert\w*|übersicht|overview)\b/i;
const AND = /(?<!\s)\s*(?:&|\band\b|\bund\b|\bet\b|\s\+\s)\s*/i;
const ROLE =
  /\b(?:chefredakteur(?:in)?|redakteur(?:in)?|autor(?:in)?|fotograf(?:in)?|phd|md|fellow|director|professor|president|editor|researcher|analyst|chair|associate|manager|head|correspondent|reporter|writer|contributor|scholar|economist|advis[eo]r|officer|ceo|founder|dean|lecturer|visiting|senior|nonresident|non-resident|staff|intern|coordinator|vice|deputy|chief|expert|member|former|program|programme|lead|partner|consultant|secretary|ambassador|minister|student|candidate|journalist|columnist|photographer|specialist|assistant|institute|university|center|centre|school|department)\b/i;

const TRAILING_DATE = /(?<!\s)\s+(?:am|on|le|el|um|at)\s(?=[^\d]{0,20}\d)[^]*$/;
/**
 * A date line before a byline's names: '06.11.2023 13:30 von Olga', 'Posted on 21 May 2020 by
 * Adi', or a numeric date, a time and a separator before the names ('04.02.2022 | 13:10 Uhr |
 * Uta Helkenberg', '25.10.2022 - Reiner Nagel').
 *
 * @internal
 */
export const LEADING_DATE =
  /^(?:.{0,40}?(?:19|20)\d{2}\b\S*\s+(?:\d{1,2}[:.]\d{2}\s*(?:uhr|am|pm|h)?\s*)?(?:[|·•–-]\s*)?(?=(?:(?:published|posted|publicado)\s+)?(?:by|von|par|por|door):?\s)|\d\d?\.\d\d?\.(?:19|20)\d\d(?:\s*[|·•–-]?\s*\d\d?:\d\d(?:\s*uhr)?)?\s+[|·•–-]\s+)/i;

/**
 * 'Christoph Hein Chefredakteur' → name 'Christoph Hein', role 'Chefredakteur': a job title
 * written after a name of at least two words, without a comma.
 */
function trailingRole(text: string): { name: string; role: string } | null {
  const words = text.split(' ');
  for (let i = 2; i < words.length && i <= 3; i++) {
    if (!ROLE.test(words[i]!)) continue;
    if (words.length - i > 3 || !words.slice(0, i).every((w) => NAME_WORD.test(w))) return null;
    return { name: words.slice(0, i).join(' '), role: words.slice(i).join(' ') };
  }
  return null;
}

// Longer than any byline: such text is returned as is (and fails isPlausibleName) without
// running the cleaning patterns over it, so a huge block cannot make them slow.
const MAX_BYLINE = 400;

function cleanName(raw: string): string {
  let text = normalizeWhitespace(raw);
  if (text.length > MAX_BYLINE) return text;
  for (let i = 0; i < 3 && PREFIX.test(text); i++) text = text.replace(PREFIX, '');
  return text
    .replace(/(?<!\s)\s*\([^)]*\)\s*$/, '')
    .replace(/(?<!\S)[^\s@]+@[^\s@]+\.[^\s@]+/, '')
    // A news agency after the name: 'Peter Maahn/SP-X'.
    .replace(/(?<=\p{Ll})\/\p{Lu}[\p{Lu}\d-]+$/u, '')
    // A date after the name: 'R. R. am 24. Juli 2017', 'Jane Doe on 3 May 2021'.
    .replace(TRAILING_DATE, '')
    .replace(/^[\s,.:–—-]+|[\s,:–—-]+$|(?<!\b\p{Lu})\.+$/gu, '')
    .trim();
}

/** A plausible personal name: 1–6 words, no digits, not a sentence, not a URL. @internal */
export function isPlausibleName(name: string): boolean {
  if (name.length < 2 || name.length > 60) return false;
  // A user name may hold digits ('freeman1984'); a name of several words may not.
  const userName = !name.includes(' ') && /^\p{L}[\p{L}\p{N}._-]{2,30}$/u.test(name) && /\p{L}{3}/u.test(name);
  if (/\d/.test(name) && !userName) return false;
  if (/https?:|www\.|@|[!?…→:()«»;]|\.[a-z]{2,6}$/i.test(name) || /\.\s\p{Ll}/u.test(name) || NOT_A_NAME.test(name)) return false;
  if (/^(?:von|by|on|par|por|door|and|und|the|der|die|das)$/i.test(name)) return false;
  const words = name.split(' ');
  if (words.length > 5) return false;
  // A single word may be a user name ('lupa'); longer names are capitalised words and particles.
  return words.length === 1 || words.every((w) => NAME_WORD.test(w));
}

/**
 * 'ByJ.R. Stone' → 'By J.R. Stone': a 'By' label in its own inline element, glued to the name
 * that follows it.
 *
 * @internal
 */
export const unglue = (text: string): string => text.replace(/^(By|Von)(?=\p{Lu})/u, '$1 ');

/**
 * Splits a byline into authors: 'By Jane Doe, Senior Fellow, and John Roe' → Jane Doe (role
 * 'Senior Fellow'), John Roe. Names are split on ',', 'and', '&' and ';'; comma parts that read
 * as job titles become the previous name's role.
 *
 * @internal
 */
export function splitAuthors(text: string, url: string | null = null): Author[] {
  const authors: Author[] = [];
  let cleaned = unglue(normalizeWhitespace(text)).replace(LEADING_DATE, '');
  // A date after the names: 'Von Isabella.DiBiase am Samstag, 19. Oktober 2019 um 11:14 Uhr'.
  // Then the category a post is filed in: 'Posted by Jane Doe in News', 'By Quillmaker under Essays'.
  // Anchored at the start, not a lookbehind: one attempt per text instead of a backward match
  // at every position.
  if (cleaned.length <= MAX_BYLINE) cleaned = cleaned.replace(TRAILING_DATE, '').replace(/^((?:Posted )?[Bb]y \S+(?: \S+)?) (?:in|under) \p{Lu}[^]*$/u, '$1');
  for (let i = 0; i < 3 && PREFIX.test(cleaned); i++) cleaned = cleaned.replace(PREFIX, '');
  const addRole = (role: string): boolean => {
    const last = authors[authors.length - 1];
    if (!last) return false;
    last.role = last.role ? `${last.role}, ${role}` : role;
    return true;
  };
  // Commas and semicolons separate people and their roles; 'and' separates people only outside
  // a role ('Senior Fellow, Russia and Eurasia Programme' is one role).
  for (const part of cleaned.split(/(?<!\s)\s*[,;|·•]\s*/)) {
    const whole = cleanName(part);
    if (!whole) continue;
    const pieces = part.split(AND);
    // 'Russia and Eurasia Programme' ends in a role word: the whole part is a role.
    if (ROLE.test(pieces[pieces.length - 1]!) && addRole(whole)) continue;
    for (const piece of pieces) {
      const name = cleanName(piece);
      if (!name) continue;
      if ((ROLE.test(name) || /^\p{Lu}{2,4}$/u.test(name)) && addRole(name)) continue;
      const trailing = trailingRole(name);
      if (trailing && isPlausibleName(trailing.name)) authors.push({ name: trailing.name, role: trailing.role, url: null });
      else if (isPlausibleName(name)) authors.push({ name, role: null, url: null });
    }
  }
  // Three or more one-word 'names' from one text are a list of tags or a bio, not a byline.
  if (authors.length >= 3 && authors.every((a) => !a.name.includes(' '))) return [];
  if (authors.length === 1 && url) authors[0]!.url = url;
  return authors;
}

/** Joins author lists, dropping repeats of a name (any case). @internal */
export function dedupeAuthors(authors: readonly Author[]): Author[] {
  const seen = new Set<string>();
  return authors.filter((a) => {
    const key = lower(a.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
