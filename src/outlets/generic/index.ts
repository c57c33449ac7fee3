import { kindsOf } from '../kindsOf.js';

/**
 * A named rule: a pattern plus the name that provenance reports when it fires.
 *
 * @internal
 */
export interface PatternRule {
  name: string;
  pattern: RegExp;
}

/** Rules named 'generic.<name>'. */
const generic = (rules: [string, RegExp][]): PatternRule[] => rules.map(([name, pattern]) => ({ name: `generic.${name}`, pattern }));

/**
 * Boilerplate every outlet shares: printable-version links, share and download buttons,
 * copyright lines. Matched against one block's whole text.
 *
 * @internal
 */
export const GENERIC_BOILERPLATE: readonly PatternRule[] = generic([
  ['printable-version', /^(?:printable|print(?:er)?[- ]friendly) version$/i],
  ['print', /^print(?: this (?:page|article))?$/i],
  ['share', /^share(?: this(?: page| article| post)?)?(?: on [a-z]+)?:?$/i],
  ['download', /^(?:download|view) (?:the )?(?:pdf|full report|report|publication)(?: \(\w+\))?$/i],
  ['email', /^e-?mail(?: this(?: page| article)?)?$/i],
  // '© 2019 Example News …', or (RIGHTS_RESERVED, last) a line that says 'All rights reserved'.
  ['copyright', /^(?:©|\(c\)|copyright\b).{0,200}$/i],
  ['skip-link', /^(?:back to top|skip to (?:main )?content)$/i],
  ['photo-credit', /^\(?(?:photo|image|picture|foto|bild|credit|source)s?(?: credit)?\s*:.{0,120}$/i],
  ['gallery-counter', /^(?:image|photo|slide|bild|foto) \d+(?: of| von| de)? ?\/? ?\d*$/i],
  ['widget-label', /^(?:caption|close|advertisement|advert|anzeige|werbung|publicité|publicidad|ad|skip ad|loading\.*|story continues below|article continues below|continue reading below|scroll to continue|scroll down|show more|view comments|comments?|replay|play video|watch|listen)$/i],
  ['post-furniture', /^(?:kommentieren|kommentare?|comments?|leave a (?:comment|reply)|antworten|reply|permalink|permalien|tags?:?|schlagw(?:ö|oe)rter:?|kategorien?:?|categories:?|teilen|drucken|rezept drucken|-?\s*anzeige\s*-?|werbung|sponsored|gesponsert|externer inhalt|quellen (?:ausblenden|anzeigen)|(?:dieses|diesen) (?:skript|artikel|beitrag) als pdf herunterladen)$/i],
  ['post-meta', /^(?:this entry was posted|this post was published|dieser eintrag wurde (?:am )?(?:veröffentlicht|verfasst)|eingestellt von|posted in|filed under|veröffentlicht in|publié dans|titelbild:|bild via|bildquelle:|image via)\b.{0,200}$/i],
  ['read-more-label', /^(?:auch interessant|schon gelesen\??|zum weiterlesen|weiterlesen|lesen sie auch|das könnte sie auch interessieren|vorschau auf den nächsten artikel|nächster artikel|vorheriger artikel|next (?:post|article|story)|previous (?:post|article|story)|related (?:posts?|articles?|stories)|you might also like|read also|voir aussi|à lire aussi|leer más|lee también)\s*:?$/i],
  ['login-prompt', /^(?:sie müssen (?:sich )?(?:einloggen|angemeldet sein)|you must be logged in|please log in|melden sie sich an|to comment,? (?:please )?log in)\b.{0,160}$/i],
  ['newsletter', /^(?:sign up|subscribe) (?:to|for) (?:our )?(?:[a-z]+ )?newsletters?\b.{0,80}$/i],
  // A subscription or sign-in prompt on its own line ('Subscribe now', 'Already a subscriber? Log in').
  ['subscribe-prompt', /^(?:subscribe(?: now)?(?: to .{0,70})?|sign up or log in|already (?:have an account|a subscriber)\b.{0,80})$/i],
  // An advertising or affiliate disclosure ('Disclosure: we may earn a commission …').
  ['disclosure', /^(?:disclosure: .{0,60}(?:commission|compensation)|this (?:post|article|page) (?:may )?contains? (?:affiliate links|references to products)).{0,240}$/i],
  ['copyright', /^.{0,300}\ball rights reserved\b.{0,100}$/i],
]);

/**
 * The last generic boilerplate rule, 'All rights reserved' anywhere in a line. In an anchored
 * alternation it would be tried at every position of every line; stripBoilerplate screens
 * for it with a plain search instead.
 *
 * @internal
 */
export const RIGHTS_RESERVED = GENERIC_BOILERPLATE.at(-1)!;

/**
 * Lines that say the page is an excerpt of a longer article.
 *
 * @internal
 */
export const GENERIC_TRUNCATION: readonly PatternRule[] = generic([
  ['click-to-continue', /^(?:click|tap) here to (?:continue|keep) reading\b.{0,200}$/i],
  ['continue-reading', /^continue reading\b.{0,200}$/i],
  // A paywall's notice: the rest of the story is for subscribers.
  ['paywall', /^(?:to (?:view|read) the full (?:story|article)\b.{0,40}subscri|if you['’]re .{0,40}already a subscriber).{0,200}$/i],
  ['read-full', /^read (?:the )?(?:full|rest of the|complete|whole) (?:article|version|story|text|piece|comment|report)\b.{0,200}$/i],
]);

/**
 * 'Original article link: URL' and its cousins: the dump tool's note of where the page came from.
 *
 * @internal
 */
export const SOURCE_LINK: PatternRule = {
  name: 'generic.source-link',
  pattern: /^(?:original (?:article )?(?:link|url|source)|source(?: url| link)?|article (?:link|url)|read the original(?: article)?|canonical(?: url)?)\s*:\s*(https?:\/\/\S+)$/i,
};

/**
 * Kind labels recognised for any outlet (matched in any case), by their upper-case form, mapped
 * to canonical names.
 * An all-capitals short label that is not listed is title-cased instead.
 *
 * @internal
 */
export const GENERIC_KINDS: Readonly<Record<string, string>> = kindsOf(
  'Commentary', 'Expert Comment', 'Analysis', 'Report', 'Research Paper', 'Briefing Paper',
  'Working Paper', 'Policy Brief', 'Policy Paper', 'Op-Ed', 'Opinion', 'Explainer', 'Interview',
  'Podcast', 'Testimony', 'Essay', 'Blog Post', 'Q&A', 'Fact Sheet', 'Podcast Episode', 'Video',
  'Event', 'Newsletter', 'Book', 'Article', 'Press Release', 'Brief', 'Issue Brief', 'Speech',
  'Transcript', 'Data',
);
