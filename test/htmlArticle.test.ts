// HTML behaviour beyond the pinned fixtures: precedence, refusals and safety.
import { describe, expect, it } from 'vitest';
import { ParseError, explain, parseArticle, parseHeadlines, safeParseArticle, toMarkdown } from '../src/index.js';

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const paragraphs = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} explains, with evidence and argument, why the policy question matters to people who follow it closely.</p>`).join('');

describe('metadata precedence', () => {
  it('never takes a modified date as the publication date', () => {
    const html = page('<meta property="article:modified_time" content="2024-05-01T10:00:00Z"><title>Only modified</title>', `<h1>Only modified</h1>${paragraphs(3)}`);
    const a = parseArticle(html, { timeZone: 'UTC' });
    expect(a.published).toBeNull();
    expect(a.modified).toBe('2024-05-01T10:00:00+00:00');
    expect(a.warnings.map((w) => w.code)).toContain('NO_PUBLISHED_DATE');
  });

  it('skips an invalid date with a warning and uses the next source', () => {
    const html = page(
      '<meta property="article:published_time" content="-0001-11-30T00:00:00+00:00"><meta name="citation_publication_date" content="2021/02/03">',
      `<h1>A report</h1>${paragraphs(3)}`,
    );
    const e = explain(html, { timeZone: 'UTC', dateOrder: 'YMD' });
    expect(e.article?.published).toBe('2021-02-03');
    expect(e.fields.published?.rule).toBe('meta:citation_publication_date');
    expect(e.warnings.find((w) => w.code === 'INVALID_TIMESTAMP')?.path).toEqual(['published']);
  });

  it('skips a placeholder year (0001-01-01) in the metadata with a warning', () => {
    const html = page(
      '<meta property="article:published_time" content="0001-01-01T00:00:00+00:00"><meta name="citation_publication_date" content="2021/02/03">',
      `<h1>A report</h1>${paragraphs(3)}`,
    );
    const e = explain(html, { timeZone: 'UTC', dateOrder: 'YMD' });
    expect(e.article?.published).toBe('2021-02-03');
    expect(e.warnings.find((w) => w.code === 'INVALID_TIMESTAMP')?.message).toContain('placeholder');
  });

  it('reads a date whose parts sit in adjacent elements, in a date line and in a <time>', () => {
    // No metadata: the day and the year are separate spans with no space between them.
    const line = page('', `<h1>Water rights after the drought</h1><div class="date"><span class="month">Jun</span> <span class="day">09</span><span class="year">2021</span></div>${paragraphs(3)}`);
    expect(parseArticle(line, { timeZone: 'UTC' }).published).toBe('2021-06-09');
    const time = page('', `<h1>Water rights after the drought</h1><p><time class="published"><span>Jun 09</span><span>2021</span></time></p>${paragraphs(3)}`);
    const e = explain(time, { timeZone: 'UTC' });
    expect(e.article?.published).toBe('2021-06-09');
    expect(e.fields.published?.rule).toBe('time:hinted');
  });

  it('falls back to a date in the URL path, year first or day first in the page\'s date order', () => {
    const bare = page('<title>Water rights after the drought</title>', `<h1>Water rights after the drought</h1>${paragraphs(3)}`);
    const at = (url: string, dateOrder?: 'DMY' | 'MDY') => explain(bare, { url, timeZone: 'UTC', ...(dateOrder ? { dateOrder } : {}) });
    for (const [url, day] of [
      ['https://example.org/2019/02/19/water-rights/', '2019-02-19'],
      ['https://example.org/news/2019-2-9-water-rights', '2019-02-09'],
      ['https://example.org/a/20190219_water', '2019-02-19'],
      ['https://example.org/meldungen/29-10-2021', '2021-10-29'],
      ['https://example.org/news/10-29-2021/water.html', '2021-10-29'],
    ] as const) {
      const e = at(url);
      expect([url, e.article?.published, e.fields.published?.rule]).toEqual([url, day, 'url-path']);
      expect(e.warnings.map((w) => w.code)).not.toContain('AMBIGUOUS_DATE_ORDER');
    }
    // Either order could be meant: the page's order decides, and the reading is flagged.
    const dmy = at('https://example.org/meldungen/05-10-2021');
    expect(dmy.article?.published).toBe('2021-10-05');
    expect(dmy.warnings.find((w) => w.code === 'AMBIGUOUS_DATE_ORDER')?.path).toEqual(['published']);
    expect(at('https://example.org/meldungen/05-10-2021', 'MDY').article?.published).toBe('2021-05-10');
    // Not a date: an impossible day, an id, a number too long to be a day.
    for (const url of ['https://example.org/meldungen/32-10-2021', 'https://example.org/item/1234-2021', 'https://example.org/r/123-10-2021']) {
      expect([url, at(url).article?.published]).toEqual([url, null]);
    }
  });

  it('passes on what reading a date in the page assumed, wherever the date came from', () => {
    const ambiguous = (w: { code: string }[]) => w.filter((x) => x.code === 'AMBIGUOUS_DATE_ORDER').length;
    const lined = page('', `<h1>Water rights after the drought</h1><p class="meta">05/10/2021</p>${paragraphs(3)}`);
    const inTitle = page('<title>Water rights, 05/10/2021</title>', `<h1>Water rights after the drought</h1>${paragraphs(3)}`);
    for (const html of [lined, inTitle]) {
      const a = parseArticle(html, { timeZone: 'UTC' });
      expect([a.published, ambiguous(a.warnings)]).toEqual(['2021-10-05', 1]);
      expect(parseArticle(html, { timeZone: 'UTC', dateOrder: 'MDY' }).published).toBe('2021-05-10');
    }
    // A field above 12 settles it, and dots are written day first: nothing to say.
    expect(ambiguous(parseArticle(lined.replace('05/10', '25/10'), { timeZone: 'UTC' }).warnings)).toBe(0);
    expect(ambiguous(parseArticle(lined.replace('05/10/', '05.10.'), { timeZone: 'UTC' }).warnings)).toBe(0);
  });

  it('takes a date line by the title over metadata that names a day two or more days away', () => {
    const meta = '<meta property="article:published_time" content="2021-11-29T15:13:37+01:00">';
    const lined = (line: string) => page(meta, `<h1>Pain relief for anglers after a long season</h1><p class="meta">${line}</p>${paragraphs(3)}`);
    const e = explain(lined('12.01.2022'), { timeZone: 'Europe/Berlin' });
    expect(e.article?.published).toBe('2022-01-12');
    expect(e.fields.published?.rule).toBe('date-near-title (over the metadata)');
    // One day apart can be the same instant written in another zone: the metadata's time stays.
    expect(parseArticle(lined('30.11.2021'), { timeZone: 'Europe/Berlin' }).published).toBe('2021-11-29T15:13:37+01:00');
    // A date line that is the metadata's day with day and month read the other way round agrees.
    const swapped = page('<meta property="article:published_time" content="2021-11-01T05:00:14+01:00">', `<h1>Electric scooters on test</h1><p class="meta">11/01/2021</p>${paragraphs(3)}`);
    expect(parseArticle(swapped, { timeZone: 'Europe/Vienna', dateOrder: 'DMY' }).published).toBe('2021-11-01T05:00:14+01:00');
    // A sentence near the title that mentions another date is not the page's date line.
    const sentence = page(meta, `<h1>Pain relief for anglers after a long season</h1><p class="meta">The club first met on 12.01.2002 in the back room of the harbour inn.</p>${paragraphs(3)}`);
    expect(parseArticle(sentence, { timeZone: 'Europe/Berlin' }).published).toBe('2021-11-29T15:13:37+01:00');
  });

  it('reads a zone-less time in the outlet zone', () => {
    const html = page('<link rel="canonical" href="https://www.chathamhouse.org/2024/07/x"><meta property="article:published_time" content="2024-07-15T09:05:00">', `<h1>Summer</h1>${paragraphs(3)}`);
    expect(parseArticle(html).published).toBe('2024-07-15T09:05:00+01:00');
  });

  it('uses the page offset when the same instant is also given as local time', () => {
    const html = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T03:28:35Z"}</script><meta name="sailthru.date" content="2023-11-08 22:28:35">',
      `<h1>Late story</h1>${paragraphs(3)}`,
    );
    expect(parseArticle(html, { timeZone: 'UTC' }).published).toBe('2023-11-08T22:28:35-05:00');
  });

  it("writes a UTC instant in the page's own offset, never changing the instant", () => {
    const utc = (lang: string, value: string, extra = '') =>
      `<!doctype html><html lang="${lang}"><head><meta property="article:published_time" content="${value}">${extra}</head><body><h1>Ein Titel</h1>${paragraphs(3)}</body></html>`;
    // Another source gives the same instant with the page's offset.
    const same = explain(utc('ar', '2020-12-24T23:59:50+00:00', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-12-25T01:59:50+02:00"}</script>'));
    expect(same.article?.published).toBe('2020-12-25T01:59:50+02:00');
    // No zone known for the outlet: the zone the page language points to.
    const german = explain(utc('de', '2021-11-04T23:00Z'));
    expect(german.article?.published).toBe('2021-11-05T00:00:00+01:00');
    expect(german.fields.published?.rule).toBe("meta:article:published_time (written in Europe/Berlin, from the page language 'de')");
    expect(Date.parse(german.article!.published!)).toBe(Date.parse('2021-11-04T23:00Z'));
    // A language spoken across zones, and UTC midnight (a bare date stored as a time), stay as they are.
    expect(parseArticle(utc('en', '2021-11-04T23:00Z')).published).toBe('2021-11-04T23:00:00+00:00');
    expect(parseArticle(utc('de', '2022-05-04T00:00:00Z')).published).toBe('2022-05-04T00:00:00+00:00');
    // A zone given as an option wins over the language.
    expect(parseArticle(utc('de', '2021-11-04T23:00Z'), { timeZone: 'Asia/Tokyo' }).published).toBe('2021-11-05T08:00:00+09:00');
    // The date line by the title shows the UTC day, not Berlin's: the page writes its dates in UTC.
    const lined = `<!doctype html><html lang="de"><head><meta property="article:published_time" content="2021-03-14T23:20:00Z"></head><body><h1>Ein Titel</h1><p class="meta">14/03/2021</p>${paragraphs(3)}</body></html>`;
    expect(parseArticle(lined).published).toBe('2021-03-14T23:20:00+00:00');
    expect(parseArticle(lined.replace('14/03/2021', '15/03/2021')).published).toBe('2021-03-15T00:20:00+01:00');
    expect(parseArticle(lined, { timeZone: 'Europe/Berlin' }).published).toBe('2021-03-15T00:20:00+01:00');
  });

  it('reads a press-release date opening the text, in parentheses or with spaces after its dots', () => {
    const opening = (start: string) =>
      page('', `<h1>Neue Förderrichtlinie</h1><p>${start} Der Verband begrüßt die neue Förderrichtlinie für kleine Betriebe und kündigt eine Beratung für seine Mitglieder an.</p>${paragraphs(3)}`);
    for (const [start, date] of [['(18.01.2018)', '2018-01-18'], ['Berlin, 7. 3. 2022 –', '2022-03-07']] as const) {
      const e = explain(opening(start), { timeZone: 'Europe/Berlin' });
      expect(e.article?.published).toBe(date);
      expect(e.fields.published?.rule).toBe('date-opening-text');
    }
  });

  it('reads a date the page labels as the publication date, even in its footer', () => {
    const html = page('', `<h1>Rezension</h1>${paragraphs(3)}<footer><p>Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023</p></footer>`);
    const e = explain(html, { timeZone: 'Europe/Berlin' });
    expect(e.article?.published).toBe('2023-11-01');
    expect(e.fields.published?.rule).toBe('labelled-date');
    // 'Last changed' is not a publication date.
    const changed = page('', `<h1>Rezension</h1>${paragraphs(3)}<footer><p>Letzte Änderung: 31.10.2023</p></footer>`);
    expect(parseArticle(changed, { timeZone: 'Europe/Berlin' }).published).toBeNull();
    // The label in its own element before the date.
    const listed = page('', `<h1>Rezension</h1>${paragraphs(3)}<aside><dl><dt>Kategorie</dt><dd>Software</dd><dt>Datum</dt><dd>12.01.2017</dd></dl></aside>`);
    const l = explain(listed, { timeZone: 'Europe/Berlin' });
    expect(l.article?.published).toBe('2017-01-12');
    expect(l.fields.published?.rule).toBe('labelled-date');
  });

  it("reads the date in a blog post's footer sentence, with the weekday before it", () => {
    const footer = (text: string) => page('', `<h1>Notes from the field</h1>${paragraphs(3)}<p class="postmetadata">${text}</p>`);
    const english = explain(footer('This entry was posted on Saturday, December 3rd, 2011 at 10:15 am and is filed under Security. You can follow any responses to this entry through the RSS 2.0 feed.'), { timeZone: 'UTC' });
    expect(english.article?.published).toBe('2011-12-03');
    expect(english.fields.published?.rule).toBe('labelled-date');
    const german = footer('Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:15 Uhr veröffentlicht und unter Sicherheit abgelegt. Sie können die Kommentare zu diesem Eintrag durch den RSS-2.0-Feed verfolgen.');
    expect(parseArticle(german, { timeZone: 'Europe/Berlin' }).published?.slice(0, 10)).toBe('2011-12-03');
    // A long paragraph that only mentions a date further in is not a post footer.
    const prose = footer('The committee met again after the summer, and the minutes it published on its website say that the review was posted on 3 December 2011 for comment by the members of both panels.');
    expect(parseArticle(prose, { timeZone: 'UTC' }).published).toBeNull();
  });

  it('reads a dd.mm.yy date beside the title, and no version number or address', () => {
    const dated = page('<title>Halloween</title>', `<div class="date">Party, 30.10.23</div><h1>Halloween costumes for adults</h1>${paragraphs(3)}`);
    const e = explain(dated, { timeZone: 'Europe/Vienna' });
    expect(e.article?.published).toBe('2023-10-30');
    expect(e.fields.published?.rule).toBe('date-near-title');
    for (const line of ['Release 3.6.10 of the toolkit', 'Server 192.168.10.23 moved', 'Version 10.12.13.4 out now']) {
      expect(parseArticle(page('', `<p class="meta">${line}</p><h1>Release notes for the toolkit</h1>${paragraphs(3)}`)).published).toBeNull();
    }
  });

  it('reads a year-first date with dots or slashes, but not a range or a version number', () => {
    const stamped = page('', `<h1>Seoul sets a November heat record</h1><div class="head_info"><span class="datestamp_time">2023.11.02. 오후 8:06</span></div>${paragraphs(3)}`);
    const e = explain(stamped, { timeZone: 'Asia/Seoul' });
    expect(e.article?.published).toBe('2023-11-02');
    expect(e.blocks.find((b) => b.text.startsWith('2023.11.02.'))?.claimedBy).not.toBe('body');
    expect(parseArticle(page('', `<p class="date">2020/7/11</p><h1>Winners of the July sales</h1>${paragraphs(3)}`), { timeZone: 'Asia/Tokyo' }).published).toBe('2020-07-11');
    for (const line of ['Races of 2020/7/11-12', 'Release 2019.1.2.3 of the toolkit']) {
      expect(parseArticle(page('', `<p class="meta">${line}</p><h1>Winners of the July sales</h1>${paragraphs(3)}`)).published).toBeNull();
    }
  });

  it("prefers a source named for publication over a meta named only 'date'", () => {
    const html = page('<meta name="dcterms.date" content="2022-01-21T15:38:44+01:00">', `<h1>Hunde im Winter</h1><p>Am <time itemprop="datePublished" datetime="2022-01-27">27. Januar 2022</time></p>${paragraphs(3)}`);
    const e = explain(html, { timeZone: 'Europe/Berlin' });
    expect(e.article?.published).toBe('2022-01-27');
    expect(e.fields.published?.rule).toBe('itemprop:datePublished');
  });

  it("drops a kicker element and a <small> line from the heading's own text", () => {
    const kicker = page('', `<h1 class="entry-title"><span class="roofline">Immobilienkrise </span>Signa in Sorge – Finanzdaten und Berater</h1>${paragraphs(3)}`);
    const e = explain(kicker, { timeZone: 'UTC' });
    expect(e.article?.title).toBe('Signa in Sorge – Finanzdaten und Berater');
    expect(e.fields.title?.rule).toBe('h1 without its kicker');
    const small = page('', `<h1>Zuschauerrückkehr bei den Proficlubs<br><small>02.02.2022 • Presse</small></h1>${paragraphs(3)}`);
    const fromSmall = explain(small, { timeZone: 'UTC' });
    expect(fromSmall.article?.title).toBe('Zuschauerrückkehr bei den Proficlubs');
    expect(fromSmall.article?.published).toBe('2022-02-02');
    expect(fromSmall.fields.published?.rule).toBe('date-in-heading');
  });

  it('strips the site name from the <title> when there is no h1', () => {
    const html = page('<title>Grain corridors after the war | Example Institute</title><meta property="og:site_name" content="Example Institute">', paragraphs(3));
    expect(parseArticle(html, { timeZone: 'UTC' }).title).toBe('Grain corridors after the war');
    // A bar needs no spaces around it, and the site name may come first.
    const unspaced = page('<title>Example Institute|Grain corridors after the war</title><meta property="og:site_name" content="Example Institute">', paragraphs(3));
    expect(parseArticle(unspaced, { timeZone: 'UTC' }).title).toBe('Grain corridors after the war');
    // Site names at the end go one at a time, down to the title. 20,000 of them (found while
    // profiling a fuzzed page) once overflowed the stack.
    const site = '<meta property="og:site_name" content="Example Institute">';
    const twice = page(`<title>Grain corridors after the war | Example Institute | Example Institute</title>${site}`, paragraphs(3));
    expect(parseArticle(twice, { timeZone: 'UTC' }).title).toBe('Grain corridors after the war');
    const many = page(`<title>Grain corridors after the war${' | Example Institute'.repeat(20_000)}</title>${site}`, paragraphs(3));
    expect(parseArticle(many, { timeZone: 'UTC' }).title).toBe('Grain corridors after the war');
  });

  it('drops a kicker that the heading puts before the metadata title', () => {
    const html = page(
      '<meta property="og:title" content="Bohren, bis es heiß wird">',
      `<h1><span class="kicker">Klimaschutz:</span> Bohren, bis es heiß wird</h1>${paragraphs(3)}`,
    );
    const e = explain(html, { timeZone: 'UTC' });
    expect(e.article?.title).toBe('Bohren, bis es heiß wird');
    expect(e.fields.title?.rule).toBe('meta:og:title (h1 without its kicker)');
    // The heading is still claimed as the title, so the kicker is not lost or read as body.
    expect(e.blocks.find((b) => b.text.startsWith('Klimaschutz'))?.claimedBy).toBe('title');
    // A heading that is the metadata title and more at the end is kept whole.
    const longer = page('<meta property="og:title" content="Bohren, bis es heiß wird">', `<h1>Bohren, bis es heiß wird: Geothermie in Bayern</h1>${paragraphs(3)}`);
    expect(parseArticle(longer, { timeZone: 'UTC' }).title).toBe('Bohren, bis es heiß wird: Geothermie in Bayern');
    // A metadata title with another kicker before the same headline gives the headline.
    const other = page('<meta property="og:title" content="Corona-Lockerungen: Autohäuser rechnen mit langsamem Anlaufen">', `<h1><span class="dachzeile">Nach Corona-Lockerungen</span> <span class="headline">Autohäuser rechnen mit langsamem Anlaufen</span></h1>${paragraphs(3)}`);
    expect(parseArticle(other, { timeZone: 'UTC' }).title).toBe('Autohäuser rechnen mit langsamem Anlaufen');
    // A kicker set apart only by screen-reader text is still a word of its own.
    const hidden = page('<meta property="og:title" content="Klimaschutz: Bohren, bis es heiß wird">', `<h1><span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span><span>Bohren, bis es heiß wird</span></h1>${paragraphs(3)}`);
    expect(parseArticle(hidden, { timeZone: 'UTC' }).title).toBe('Bohren, bis es heiß wird');
  });

  it('prefers the heading that is the metadata title over a site-name heading the title holds', () => {
    // A blog theme's site name in an h1, then the post's own h1: both agree with og:title in
    // the loose sense (the site name is part of the post title), but only one is the title.
    const html = page(
      '<meta property="og:title" content="No Harbour Notes festival this summer in Kiel">',
      `<header><h1 id="site-title"><a href="/" rel="home">Harbour Notes</a></h1></header><article><h1 class="entry-title">No Harbour Notes festival this summer in Kiel</h1>${paragraphs(3)}</article>`,
    );
    const e = explain(html, { timeZone: 'UTC' });
    expect(e.article?.title).toBe('No Harbour Notes festival this summer in Kiel');
    expect(e.fields.title?.rule).toBe('h1 (agrees with meta:og:title)');
    expect(e.article?.body).not.toContain('festival this summer');
    // With no heading that is the title, one that holds it still agrees.
    const held = page('<meta property="og:title" content="Grain corridors after the war">', `<h1>Grain corridors after the war: a reading of the deal</h1>${paragraphs(3)}`);
    expect(parseArticle(held, { timeZone: 'UTC' }).title).toBe('Grain corridors after the war: a reading of the deal');
  });

  it('takes the only h1 over a metadata title that names no heading, unless it is the site name', () => {
    const head = '<meta property="og:title" content="Grain deal explained: what it means for prices | Example Institute"><meta property="og:site_name" content="Example Institute">';
    const e = explain(page(head, `<article><h1>Why the grain corridor matters for bread prices</h1>${paragraphs(3)}</article>`), { timeZone: 'UTC' });
    expect(e.article?.title).toBe('Why the grain corridor matters for bread prices');
    expect(e.fields.title?.rule).toBe('h1 (the only one)');
    // The h1 is the title block, so it is not read again as body.
    expect(e.article?.body).not.toContain('Why the grain corridor');
    // A site name in the only h1 is not the title.
    const logo = page(head, `<header><h1><a href="/">Example Institute</a></h1></header><article>${paragraphs(3)}</article>`);
    expect(parseArticle(logo, { timeZone: 'UTC' }).title).toBe('Grain deal explained: what it means for prices');
    // Two h1s that both differ from it: the metadata title decides.
    const two = page(head, `<h1>Research</h1><article><h1>Why the grain corridor matters for bread prices</h1>${paragraphs(3)}</article>`);
    expect(parseArticle(two, { timeZone: 'UTC' }).title).toBe('Grain deal explained: what it means for prices');
  });

  it('uses the meta description as standfirst only when it is not the first paragraph', () => {
    const first = 'Paragraph 1 explains, with evidence and argument, why the policy question matters to people who follow it closely.';
    const same = page(`<meta name="description" content="${first}">`, `<h1>Same</h1>${paragraphs(3)}`);
    const different = page('<meta name="description" content="A short summary of a different kind.">', `<h1>Different</h1>${paragraphs(3)}`);
    expect(parseArticle(same, { timeZone: 'UTC' }).standfirst).toBeNull();
    expect(parseArticle(different, { timeZone: 'UTC' }).standfirst).toBe('A short summary of a different kind.');
  });

  it('gives the language as a BCP 47 tag, reading on past a value that is not one', () => {
    const lang = (htmlAttrs: string, head = '') =>
      parseArticle(`<!doctype html><html ${htmlAttrs}><head>${head}</head><body><h1>Grid storage after the winter peak</h1>${paragraphs(3)}</body></html>`, { timeZone: 'UTC' }).language;
    expect(lang('lang="en-us"')).toBe('en-US');
    expect(lang('lang="DE"')).toBe('de');
    expect(lang('lang="zh-hant-tw"')).toBe('zh-Hant-TW');
    expect(lang('lang="es_419"')).toBe('es-419');
    expect(lang('', '<meta property="og:locale" content="de_AT">')).toBe('de-AT');
    expect(lang('lang="DE, AT, CH"')).toBe('de');
    expect(lang('lang="english"', '<meta http-equiv="content-language" content="en_GB">')).toBe('en-GB');
    expect(lang('lang="lang="')).toBeNull();
  });

  it('reads topics from tags, once each, without a content system\'s own tags', () => {
    const html = page(
      '<meta property="article:tag" content="Energy"><meta property="article:tag" content="Category: Energy"><meta name="parsely-tags" content="energy, channel_other, PageType: Article, Grid storage, type:story, MA_Town - paper.com">' +
        '<script type="application/ld+json">{"@type":"Article","keywords":["Climate & Energy","PROFESSIONAL_ATHLETE","https://example.org/tag/x"]}</script>',
      `<h1>Grid storage after the winter peak</h1>${paragraphs(3)}`,
    );
    expect(parseArticle(html, { timeZone: 'UTC' }).topics).toEqual(['Energy', 'Grid storage', 'Climate & Energy']);
  });

  it('takes a capitals-only label before the title as the kind, but not a menu item or a short code', () => {
    const kindOf = (before: string) => explain(page('', `${before}<h1>Grid storage after the winter peak</h1>${paragraphs(3)}`), { timeZone: 'UTC' });
    const label = kindOf('<div class="label">POLICY MEMO</div>');
    expect(label.article?.kind).toBe('Policy Memo');
    expect(label.fields.kind?.rule).toBe('generic.caps-label');
    // A breadcrumb's or menu's item, and a language, country or broadcaster code.
    expect(kindOf('<ul class="crumbs"><li><a href="/">Home</a></li><li><a href="/energy">ENERGY</a></li></ul>').article?.kind).toBeNull();
    expect(kindOf('<div class="lang"><a href="/en">EN</a></div>').article?.kind).toBeNull();
    expect(kindOf('<div class="channel">WDR</div>').article?.kind).toBeNull();
    // A label the generic list knows is taken however short, and wherever it stands.
    expect(kindOf('<ul><li>Q&amp;A</li></ul>').article?.kind).toBe('Q&A');
  });
});

describe('authors', () => {
  it('reads JSON-LD authors as a string, an object or an array, without organisations', () => {
    const ld = (author: string) => page(`<script type="application/ld+json">{"@type":"Article","author":${author}}</script>`, `<h1>T</h1>${paragraphs(3)}`);
    expect(parseArticle(ld('"Jane Doe"'), { timeZone: 'UTC' }).authors.map((a) => a.name)).toEqual(['Jane Doe']);
    expect(parseArticle(ld('{"@type":"Person","name":"Jane Doe","jobTitle":"Fellow","url":"https://x.example/jane"}'), { timeZone: 'UTC' }).authors).toEqual([
      { name: 'Jane Doe', role: 'Fellow', url: 'https://x.example/jane' },
    ]);
    expect(parseArticle(ld('[{"@type":"Person","name":"A One"},{"@type":"Organization","name":"Big Org"},"B Two"]'), { timeZone: 'UTC' }).authors.map((a) => a.name)).toEqual(['A One', 'B Two']);
  });

  it('reads a name after the date and time in a date line, but not a one-word section', () => {
    const dated = (line: string) => page('', `<small>${line}</small><h1>Stellungnahmen zum Entwurf</h1>${paragraphs(3)}`);
    const a = parseArticle(dated('04.02.2022 | 13:10 Uhr | Uta Helkenberg'), { timeZone: 'Europe/Berlin' });
    expect(a.authors.map((x) => x.name)).toEqual(['Uta Helkenberg']);
    expect(a.published).toBe('2022-02-04');
    expect(parseArticle(dated('25.10.2022 - Redaktion: Eberhard Fuhr (Pressesprecher)'), { timeZone: 'Europe/Berlin' }).authors.map((x) => x.name)).toEqual(['Eberhard Fuhr']);
    for (const line of ['04.02.2022 | 13:10 Uhr | Politik', '25.10.2022 - Kultur & Medien', '25.10.2022 - Neue Regeln für Mieter in der Stadt']) {
      const b = parseArticle(dated(line), { timeZone: 'Europe/Berlin' });
      expect(b.authors).toEqual([]);
      if (line.length <= 40) expect(b.published?.slice(0, 10)).toBe(line.startsWith('04') ? '2022-02-04' : '2022-10-25');
    }
  });

  it('splits a byline on commas, and and &, moving roles aside', () => {
    const html = page('', `<h1>Title of the piece</h1><p class="byline">By Ann Lee, Senior Fellow &amp; Bo Chen and Cy Diaz</p>${paragraphs(3)}`);
    expect(parseArticle(html, { timeZone: 'UTC' }).authors).toEqual([
      { name: 'Ann Lee', role: 'Senior Fellow', url: null },
      { name: 'Bo Chen', role: null, url: null },
      { name: 'Cy Diaz', role: null, url: null },
    ]);
  });

  it("reads the author from the post's own footer, whatever the page's layout classes say", () => {
    // Blogger puts the author in the post footer and the whole blog in a 'widget'; WordPress
    // themes put 'content-sidebar' on <body>. Neither makes the post's byline a side box.
    const blogger = `<div class="widget Blog"><div class="post hentry"><h1>Meta-programming in Emacs</h1>${paragraphs(3)}<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn"><a rel="author" href="https://blog.example/profile/1">T. V. Raman</a></span></span></div></div></div><footer><div class="widget Profile"><a rel="author" href="https://blog.example/profile/1">T. V. Raman</a></div></footer>`;
    const fromBlogger = explain(page('', blogger), { timeZone: 'UTC' });
    expect(fromBlogger.article?.authors).toEqual([{ name: 'T. V. Raman', role: null, url: 'https://blog.example/profile/1' }]);
    expect(fromBlogger.fields.authors?.rule).toBe('rel-author');
    const wordpress = page('', '').replace('<body>', '<body class="two-column content-sidebar">').replace('</body>', `<article class="post type-post hentry"><h1>A post</h1><div class="entry-meta">by <span class="author vcard"><a class="url fn n" rel="author" href="https://wp.example/author/marc/">Marc Adler</a></span></div>${paragraphs(3)}</article></body>`);
    const fromWordpress = explain(wordpress, { timeZone: 'UTC' });
    expect(fromWordpress.article?.authors.map((a) => a.name)).toEqual(['Marc Adler']);
    expect(fromWordpress.fields.authors?.rule).toBe('rel-author');
  });

  it("never gives the site's own name as authors, whole or written as one word", () => {
    const site = (author: string, name: string) =>
      page(`<meta name="author" content="${author}"><meta property="og:site_name" content="${name}">`, `<h1>What to know about pharmacy chains</h1><p class="byline">By Maria Lopez</p>${paragraphs(3)}`);
    // Not 'Smith' and 'Jones'.
    expect(parseArticle(site('Smith &amp; Jones', 'Smith &amp; Jones'), { timeZone: 'UTC' }).authors.map((a) => a.name)).toEqual(['Maria Lopez']);
    expect(parseArticle(site('Policywatch', 'POLICY.WATCH'), { timeZone: 'UTC' }).authors.map((a) => a.name)).toEqual(['Maria Lopez']);
    // A credit line that opens with the site's name gives its address, not people.
    expect(parseArticle(site('Daily Courier, Springfield, Canada', 'Daily Courier'), { timeZone: 'UTC' }).authors.map((a) => a.name)).toEqual(['Maria Lopez']);
    // A placeholder where a name should be.
    for (const placeholder of ['Unknown', 'publisher', 'Name']) expect(parseArticle(site(placeholder, 'Daily Courier'), { timeZone: 'UTC' }).authors.map((a) => a.name)).toEqual(['Maria Lopez']);
  });

  it('keeps degrees and agency codes after a name as its role, and never takes labels for names', () => {
    const byline = (text: string) => parseArticle(page('', `<h1>Fiscal rules after the pandemic</h1><p class="byline">${text}</p>${paragraphs(3)}`), { timeZone: 'UTC' }).authors;
    expect(byline('By Dana Whitfield, MPH, RN')).toEqual([{ name: 'Dana Whitfield', role: 'MPH, RN', url: null }]);
    expect(byline('By Omar Haddad, AFP')).toEqual([{ name: 'Omar Haddad', role: 'AFP', url: null }]);
    // Labels in their own byline-named elements: 'Published' … 'on'.
    const labels = page('', `<h1>Fiscal rules after the pandemic</h1><p class="author">Published</p><p>3 weeks ago</p><p class="author">on</p>${paragraphs(3)}`);
    expect(parseArticle(labels, { timeZone: 'UTC' }).authors).toEqual([]);
  });

  it('takes the first rel=author link and the ones beside it, not a teaser byline further down', () => {
    const teaser = `<div class="post-list"><div class="post-item"><h3><a href="/other">Tweet of the week</a></h3><p class="post-item-meta">By <a rel="author" href="/author/john-poe">John Poe</a> <time datetime="2020-02-18">Feb 18, 2020</time> · 4 min read</p></div></div>`;
    const byline = `<p class="meta">By <span class="a"><a rel="author" href="/author/jane-roe">Jane Roe</a></span> and <span class="a"><a rel="author" href="/author/cy-diaz">Cy Diaz</a></span></p>`;
    const e = explain(page('', `<div class="main"><h1>Dealing with harassment on trains</h1>${byline}${paragraphs(3)}${teaser}</div>`), { timeZone: 'UTC' });
    expect(e.article?.authors.map((a) => a.name)).toEqual(['Jane Roe', 'Cy Diaz']);
    expect(e.fields.authors?.rule).toBe('rel-author');
  });

  it('takes the first class-named byline and its co-authors, not the author box further down', () => {
    const html = page(
      '',
      `<article class="article print-active sticky-sidebar-parent"><h1>Why the vote matters</h1><div class="byline-metadata"><span class="blog-author">By <a href="/people/ann-lee">Ann Lee</a> -</span><span class="blog-author"><a href="/people/bo-chen">Bo Chen</a></span></div>${paragraphs(3)}<div class="alice-author-box"><p class="author-name">Ann Lee, Experte für Wahlen, Parteien &amp; Verfassungsrecht.</p></div></article>`,
    );
    const e = explain(html, { timeZone: 'UTC' });
    expect(e.article?.authors.map((a) => a.name)).toEqual(['Ann Lee', 'Bo Chen']);
    expect(e.fields.authors?.rule).toBe('class-author');
  });

  it("takes names linked to their author pages as the byline, with no byline class or metadata", () => {
    const at = (body: string) => explain(page('', `<article><h1>Sanctions and the grain trade</h1>${body}</article>`), { timeZone: 'UTC', url: 'https://institute.example/analysis/grain' });
    // A think tank's expert pages, by the title.
    const e = at(`<div class="meta"><a href="/experts/ana-ruiz">Ana Ruiz</a> and <a href="/experts/tom-berg">Tom Berg</a></div>${paragraphs(3)}`);
    expect(e.article?.authors).toEqual([
      { name: 'Ana Ruiz', role: null, url: 'https://institute.example/experts/ana-ruiz' },
      { name: 'Tom Berg', role: null, url: 'https://institute.example/experts/tom-berg' },
    ]);
    expect(e.fields.authors?.rule).toBe('byline');
    expect(e.blocks.find((b) => b.text === 'Ana Ruiz and Tom Berg')?.claimedBy).toBe('byline');
    // Further down, after the text ('/autoren/', '/people/').
    expect(at(`${paragraphs(3)}<div class="info"><a href="/ueber-uns/autoren/lena-vogt">Lena Vogt</a></div>`).article?.authors.map((a) => a.name)).toEqual(['Lena Vogt']);
    expect(at(`<div><a href="https://institute.example/about/people/kofi-mensah">Kofi Mensah</a></div>${paragraphs(3)}`).article?.authors.map((a) => a.name)).toEqual(['Kofi Mensah']);
    // A quote's source linked to an author page is not the article's author, nor is a link elsewhere.
    expect(at(`${paragraphs(3)}<blockquote><a href="/author/ravi/">Ravi Patel</a></blockquote>`).article?.authors).toEqual([]);
    expect(at(`<div class="meta"><a href="/topics/ana-ruiz">Ana Ruiz</a></div>${paragraphs(3)}`).article?.authors).toEqual([]);
  });

  it('reads the name in an author box, not the parts set apart below or before it', () => {
    const authors = (box: string) => parseArticle(page('', `<article><h1>Ports and power in the Baltic</h1>${box}${paragraphs(3)}</article>`), { timeZone: 'UTC' }).authors;
    // An agency or a date in its own element below the name: not part of the name.
    expect(authors('<div class="byline"><div class="byline-name">MARA OKAFOR</div><div>Wire Service</div></div>').map((a) => a.name)).toEqual(['MARA OKAFOR']);
    expect(authors('<div class="author-name">Lev Brandt<br>Tuesday, 3 March 2020</div>').map((a) => a.name)).toEqual(['Lev Brandt']);
    // A label set apart before the name.
    expect(authors('<p class="author">Editor:<br><a href="/people/ines-varga">Ines Varga</a></p>').map((a) => a.name)).toEqual(['Ines Varga']);
    expect(authors('<div class="post-author"><h4>About the author</h4><p>Ines Varga</p></div>').map((a) => a.name)).toEqual(['Ines Varga']);
    expect(authors('<div class="byline"><span>By</span><div>Ines Varga</div></div>').map((a) => a.name)).toEqual(['Ines Varga']);
    // A label and a name in one part stay together, and the label is dropped as before.
    expect(authors('<div class="author-name">Author: Ines Varga<p>Ines writes on ports.</p></div>').map((a) => a.name)).toEqual(['Ines Varga']);
    // Microdata: the Person's name, not its bio or a hidden label.
    const microdata = '<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="hide">Author: </span><span itemprop="name">Tomas Reyes</span><div itemprop="description"><p>Tomas Reyes, photographer in Lisbon, writes on ports.</p></div></div>';
    expect(authors(microdata)).toEqual([{ name: 'Tomas Reyes', role: null, url: null }]);
  });

  it('reads a byline written inside a date line, and its date', () => {
    const html = page('', `<h1>Übungen für junge Pferde</h1><div class="metaInfo">Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022 - 12:45</div>${paragraphs(3)}`);
    const e = explain(html, { timeZone: 'Europe/Vienna' });
    expect(e.article?.authors.map((a) => a.name)).toEqual(['Pamela Sladky']);
    expect(e.article?.published).toBe('2022-01-27');
    expect(e.fields.published?.rule).toBe('date-in-byline');
  });

  it('reads the date before an update label in one line, and never the update', () => {
    const at = (line: string) => parseArticle(page('', `<h1>Rain returns to the south</h1><p class="date">${line}</p>${paragraphs(3)}`), { timeZone: 'Asia/Seoul' }).published;
    expect(at('Written: 2023-04-18 08:41:05 / Updated: 2023-04-19 10:02:00')).toBe('2023-04-18T08:41:05+09:00');
    expect(at('Published 18 April 2023, updated 19 April 2023')).toBe('2023-04-18');
    expect(at('Updated: 2023-04-19 10:02:00')).toBeNull();
    expect(at('Aktualisiert am 19.04.2023')).toBeNull();
  });

  it("reads a byline's or a date line's date over a meta named only 'date' of another day, not over a publication date", () => {
    const at = (head: string) => explain(page(head, `<h1>Lieferketten im Blick</h1><div class="news-date">11.03.2021 - Redaktion: Jana Roth</div>${paragraphs(3)}`), { timeZone: 'Europe/Berlin' });
    // A content system's 'date' meta, a week later: the page's last change.
    const generic = at('<meta name="date" content="2021-03-18">');
    expect(generic.article?.published).toBe('2021-03-11');
    expect(generic.fields.published?.rule).toBe('date-in-byline');
    // The same day: the meta's time of day is kept.
    expect(at('<meta name="dc.date" content="2021-03-11T09:30:00+01:00">').article?.published).toBe('2021-03-11T09:30:00+01:00');
    // A meta that names the publication date wins, as before.
    expect(at('<meta property="article:published_time" content="2021-03-18T08:00:00+01:00">').article?.published).toBe('2021-03-18T08:00:00+01:00');
    // A short date line by the title beats such a meta by any day, not only by two or more.
    const line = (head: string) => parseArticle(page(head, `<h1>Mieten im Frühjahr</h1><ul><li class="date">14.06.2021, 09:15 Uhr</li></ul>${paragraphs(3)}`), { timeZone: 'Europe/Berlin' }).published;
    expect(line('<meta name="date" content="2021-06-15">')).toBe('2021-06-14');
    expect(line('<meta property="article:published_time" content="2021-06-15T00:30:00+02:00">')).toBe('2021-06-15T00:30:00+02:00');
    // Once the date line has overruled the meta, a byline's date does not overrule the date line.
    const both = explain(page('<meta name="date" content="2021-06-20">', `<h1>Mieten im Frühjahr</h1><ul><li class="date">14.06.2021, 09:15 Uhr</li></ul><p class="byline">Von Jana Roth, 02.06.2021</p>${paragraphs(3)}`), { timeZone: 'Europe/Berlin' });
    expect(both.article?.published).toBe('2021-06-14');
    expect(both.fields.published?.rule).toBe('date-near-title (over the metadata)');
  });

  it("reads the date in a byline before a date further down the page", () => {
    const cards = [2, 3, 4].map((n) => `<div class="card"><h3><a href="/essai-${n}">Essai numéro ${n} sur les salaires</a></h3><p class="date">par Paul Roux, le 9 juin 2011</p></div>`).join('');
    const html = page('', `<h1>Les salaires en question</h1><p class="signature">par Marie Lenoir, le 3 octobre 2011</p>${paragraphs(8)}<section>${cards}</section>`);
    const e = explain(html, { timeZone: 'Europe/Paris' });
    expect(e.article?.authors.map((a) => a.name)).toEqual(['Marie Lenoir']);
    expect(e.article?.published).toBe('2011-10-03');
    expect(e.fields.published?.rule).toBe('date-in-byline');
    // A date written with spaces after its dots ('7. 3. 2022').
    const spaced = page('', `<h1>Haushaltsplan beschlossen</h1><p class="author">Von Karla Brandt 7. 3. 2022.</p>${paragraphs(3)}`);
    expect(parseArticle(spaced, { timeZone: 'Europe/Berlin' }).published).toBe('2022-03-07');
  });

  it('reads an author named in the block after a label', () => {
    const html = page('', `<h1>Quarantäne und Gesellschaft</h1>${paragraphs(3)}<div class="news__meta"><h4>Autor</h4><p><a href="/profil/nikolai-huke">Nikolai Huke</a></p></div>`);
    expect(parseArticle(html, { timeZone: 'UTC' }).authors.map((a) => a.name)).toEqual(['Nikolai Huke']);
    const colon = page('', `<h1>Quarantäne und Gesellschaft</h1>${paragraphs(3)}<div class="news-single-additional"><a href="mailto:x@example.org"><b>Von:</b> Götz Warnke</a></div>`);
    expect(parseArticle(colon, { timeZone: 'UTC' }).authors.map((a) => a.name)).toEqual(['Götz Warnke']);
    // A filter form's 'Von' / 'Bis' labels are not a byline.
    const form = page('', `<h1>Quarantäne und Gesellschaft</h1>${paragraphs(3)}<div><p>Von</p><p>Filter</p></div>`);
    expect(parseArticle(form, { timeZone: 'UTC' }).authors).toEqual([]);
  });

  it('decodes entities left in a meta value escaped twice', () => {
    const html = page('<meta name="author" content="Redacci&amp;oacute;n Central">', `<h1>Carabineros</h1>${paragraphs(3)}`);
    expect(parseArticle(html, { timeZone: 'UTC' }).authors.map((a) => a.name)).toEqual(['Redacción Central']);
  });

  it('never reads the title as a byline', () => {
    // 'Von' opens German bylines, and this headline.
    const html = page('', `<h1>Von Klimazielen, Energie-Politik und «neuen Wegen»</h1>${paragraphs(3)}`);
    expect(parseArticle(html, { timeZone: 'UTC' }).authors).toEqual([]);
  });

  it('never takes an author from a sidebar card', () => {
    const html = page('', `<h1>Title of the piece</h1>${paragraphs(3)}<aside><div class="author-card"><p class="author">By Someone Else</p></div></aside>`);
    expect(parseArticle(html, { timeZone: 'UTC' }).authors).toEqual([]);
  });
});

describe('body', () => {
  it('drops caption boxes, date lines and advert labels inside the article container', () => {
    const html = page(
      '',
      `<article class="article"><h1>Defense talks</h1><div class="dateline">Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM</div>${paragraphs(2)}<div class="gallery-panel"><div class="caption-full">U.S. Defense Secretary Mark Esper, left, and the Vietnamese Defense Minister shake hands in Hanoi, Vietnam, on Wednesday.</div></div><p>Advert</p>${paragraphs(1)}</article>`,
    );
    const e = explain(html, { timeZone: 'UTC' });
    expect(e.article?.body).toHaveLength(3);
    expect(e.article?.body.join(' ')).not.toMatch(/Updated Nov|Esper|Advert/);
  });

  it('drops a date line inside the body with the label before it, not a label before prose', () => {
    // A statement quoted in full at the end of a news story, with its own release date.
    const html = page(
      '',
      `<article><h1>Governor issues statement</h1>${paragraphs(2)}<h3>Statement from the Governor's Office</h3><p>Release date:</p><p>Thursday, 28 April 2022 – 3:55pm</p>` +
        `<p>Note:</p><p>The statement below was read out at a press conference in the capital on Thursday afternoon.</p>${paragraphs(1)}</article>`,
    );
    const body = parseArticle(html, { timeZone: 'UTC' }).body;
    expect(body).not.toContain('Release date:');
    expect(body.join(' ')).not.toMatch(/3:55pm/);
    expect(body).toContain('Note:');
  });

  it('drops the sign-up and follow lines that close an article, not a paragraph that mentions them', () => {
    const mention = 'The ministry said it would subscribe to the new standard, and critics who follow the file said the newsletter of the regulator had predicted as much.';
    const html = page(
      '',
      `<article><h1>Solar costs</h1>${paragraphs(2)}<p>${mention}</p><p>Email Tariq Malik or follow us @Spacedotcom on Twitter.</p><p>Get the latest updates right in your inbox. Subscribe to our newsletters.</p></article>`,
    );
    const e = explain(html, { timeZone: 'UTC' });
    expect(e.article?.body).toEqual([...e.article!.body.slice(0, 2), mention]);
    expect(e.blocks.find((b) => b.text.startsWith('Get the latest'))?.rule).toBe('call-to-action');
    // A reporter's contact line and a share prompt.
    const closing = page('', `<article><h1>Solar costs</h1>${paragraphs(2)}<p>Have a tip? Amy Kuperinsky may be reached at amy@example.com. Follow her on Twitter @AmyKup.</p><p>Like this story? Share it with a friend!</p></article>`);
    expect(parseArticle(closing, { timeZone: 'UTC' }).body).toHaveLength(2);
  });

  it('drops a trending carousel inside the article and cuts at a closing disclaimer', () => {
    const rail = `<div class="rail rail--trending"><h3>Most read in world news</h3>${Array.from({ length: 4 }, (_, i) => `<div class="rail__item"><p>STORY ${i}</p><a href="/s/${i}">A story that readers of the site opened most often today, number ${i}</a></div>`).join('')}</div>`;
    const html = page('', `<article><h1>Plague case</h1>${paragraphs(2)}${rail}${paragraphs(2)}<p>Disclaimer</p><p>Registration on or use of this site constitutes acceptance of our User Agreement, Privacy Policy and Cookie Statement, and of your rights.</p></article>`);
    const body = parseArticle(html, { timeZone: 'UTC' }).body;
    expect(body).toHaveLength(4);
    expect(body.join(' ')).not.toMatch(/STORY|Disclaimer|Registration/);
  });

  it('drops captions written as paragraphs and the copyright line, recording why', () => {
    const html = page(
      '',
      `<h1>Hong Kong protests</h1><article>${paragraphs(3)}<p>Protesters do not want Hong Kong to lose its autonomy (Image: Getty)</p>${paragraphs(1)}<p>© 2019 Example News. All rights reserved.</p></article>`,
    );
    const e = explain(html, { timeZone: 'UTC' });
    expect(e.article?.body).toHaveLength(4);
    expect(e.article?.body.join(' ')).not.toMatch(/Image: Getty|All rights reserved/);
    expect(e.blocks.find((b) => b.text.includes('(Image: Getty)'))?.rule).toBe('caption');
    const credited = 'A cyclist rides next to a blocked petrol plant in the outskirts of La Paz, Bolivia, November 19, 2019. © Reuters / David Mercado';
    expect(parseArticle(page('', `<h1>Bolivia</h1><article>${paragraphs(2)}<p>${credited}</p>${paragraphs(2)}</article>`), { timeZone: 'UTC' }).body).not.toContain(credited);
    // A paragraph that cites its source is text, not a caption.
    const cited = 'Unemployment fell to 3.1 per cent in March, the lowest in the union (Source: Eurostat)';
    expect(parseArticle(page('', `<h1>Jobs</h1><article>${paragraphs(2)}<p>${cited}</p>${paragraphs(1)}</article>`), { timeZone: 'UTC' }).body).toContain(cited);
    expect(e.blocks.find((b) => b.text.startsWith('©'))?.claimedBy).not.toBe('body');
    // 'All rights reserved' closing a line the generic boilerplate rules do not know.
    const tail = page('', `<h1>Hong Kong protests</h1><article>${paragraphs(3)}<p>Registration on this site means you accept our terms. Example Media LLC. All rights reserved.</p></article>`);
    const t = explain(tail, { timeZone: 'UTC' });
    expect(t.article?.body).toHaveLength(3);
    expect(t.blocks.find((b) => b.text.startsWith('Registration'))?.rule).toBe('generic.copyright');
  });
});

describe('comment threads', () => {
  it('cuts a comment thread that is longer than the article, from its heading on', () => {
    const comment = (i: number) => `<div class="entry"><div class="entry-text"><p>Reader ${i} thinks, at some length and with feeling, that the company should have fixed the keyboard years ago, and says so again.</p></div></div>`;
    const html = page('', `<div class="content"><h1>New keyboard</h1>${paragraphs(2)}<div class="comments"><h2>Top Rated Comments</h2>${Array.from({ length: 8 }, (_, i) => comment(i)).join('')}</div></div>`);
    const e = explain(html, { timeZone: 'UTC' });
    expect(e.article?.body).toHaveLength(2);
    expect(e.blocks.find((b) => b.text === 'Top Rated Comments')?.rule).toBe('after-tail-heading');
  });
});

describe('lead paragraphs', () => {
  it('keeps a lead paragraph written between the title and the body container', () => {
    const lead = 'Der Reporter hat das Magazin mit erfundenen Geschichten getäuscht, und die Redaktion hat es lange nicht bemerkt.';
    const html = page('', `<header><h1>Ein Albtraum</h1><p class="intro">${lead}</p><p class="teaser-link"><a href="/x">Mehr dazu lesen Sie hier in unserem Dossier zum Thema</a></p></header><div class="article-body">${paragraphs(3)}</div>`);
    const e = explain(html, { timeZone: 'UTC' });
    expect(e.article?.body[0]).toBe(lead);
    expect(e.article?.body).toHaveLength(4);
    expect(e.blocks.find((b) => b.text === lead)?.rule).toBe('lead-paragraph');
  });

  it('keeps an intro without a full stop only when its element is named as the intro', () => {
    const intro = 'Die Lokalwahlen endeten nicht nur mit einem großen Sieg der Opposition, sondern auch mit dem Rücktritt des Premierministers noch in der Wahlnacht';
    const at = (cls: string) => page('', `<h1>Kommunalwahlen im Land</h1><div class="byline">von Daniel Braun</div><div class="${cls}">${intro}</div><p class="meta">5. November 2021</p><div class="article-body">${paragraphs(3)}</div>`);
    expect(parseArticle(at('c-page-intro__copy'), { timeZone: 'UTC' }).body[0]).toBe(intro);
    // The same line in an unnamed box is not taken for a lead (a long photo caption looks like this).
    expect(parseArticle(at('box'), { timeZone: 'UTC' }).body).not.toContain(intro);
  });
});

describe('body selection', () => {
  it('scores loose text in a box that also holds the title as that box, beside a link-heavy column', () => {
    const archive = Array.from({ length: 30 }, (_, i) => `<li><a href="/news?m=${i}">Month ${i} <span>(${i})</span></a></li>`).join('');
    const story = 'The home care team of the district reported this morning that two of its five cars had been broken into. The batteries were gone and the cars were damaged. The police came to see the damage, and patients booked for the morning are being given new times.';
    const html = page(
      '<title>Home care cars broken into</title>',
      `<div class="row"><div class="col-3"><ul>${archive}</ul></div><div class="col-9"><p class="titulo">Home care cars broken into</p><small><b>05/10/2018</b> - Published by: Clarissa Borba</small><br><br><img src="a.jpg">${story}<br><br><br></div></div>` +
        '<footer><div><p>City Hall - 1111 Main Street, Barra do Rio Molha - PO Box 421 - Phone: (047) 2106-8000 - Open on weekdays from 8 am to 5 pm</p></div></footer>',
    );
    expect(parseArticle(html, { timeZone: 'UTC' }).body).toEqual([story]);
  });

  it('does not let a small box win on its class name alone, near the title or not', () => {
    // A recipe page: a rating widget named '…-content' under the title, a long ingredient
    // table, then the method, which is the article's text.
    const rating = '<div class="panel-content rating-panel-content"><div class="notice"><p>You have already rated this recipe.</p></div><div><p>Sign in to rate this recipe and save it.</p></div></div>';
    const ingredients = Array.from({ length: 30 }, (_, i) => `<tr><td>${i + 1} tbsp</td><td>Ingredient ${i + 1}</td></tr>`).join('');
    const method = [
      'First cook the custard with the milk, the powder and the sugar, then set it aside to cool.',
      'Drain the fruit and keep the juice, which you will need for the glaze at the end.',
      'Knead the flour, butter, sugar and egg into a dough, and press it into a greased tin, raising an edge.',
      'Stir the sour cream into the cooled custard, spread it on the base, and put the fruit on top.',
      'Bake the cake at 175 °C for about 80 minutes, until the filling has set and the edge is brown.',
    ];
    const html = page(
      '<title>Mandarin cream cake</title>',
      `<main><article><h1>Mandarin cream cake</h1>${rating}<h2>Ingredients</h2><table>${ingredients}</table></article>` +
        `<article><h2>Method</h2><div>${method.join('<br><br>')}</div></article></main>`,
    );
    expect(parseArticle(html, { timeZone: 'UTC' }).body).toEqual(['Method', ...method]);
  });

  it('joins the text boxes a page builder sets in separate sections, not a short one or one beside the article', () => {
    // Each section: columns, a widget, then the text box, all named alike by the builder.
    const widget = (text: string) =>
      `<section class="builder-section"><div class="builder-column"><div class="builder-widget"><div class="builder-text-editor">${text}</div></div></div></section>`;
    const part = (topic: string) =>
      [1, 2, 3, 4].map((i) => `<p>The ${topic} section, paragraph ${i}, weighs the evidence on prices, supply and demand, and what the council should do next year.</p>`).join('');
    const html = page(
      '<title>Three ways to cut the energy bill</title>',
      `${widget('<p>Shop opening hours: Monday to Friday, nine to five, and on Saturday mornings.</p>')}<h1>Three ways to cut the energy bill</h1>` +
        `${widget(part('insulation'))}<h2>Heat pumps</h2>${widget(part('heat pump'))}${widget('<p>Photo: the council estate in winter.</p>')}<h2>Solar</h2>${widget(part('rooftop solar'))}` +
        `<aside>${widget(part('sponsor'))}</aside>`,
    );
    const body = parseArticle(html, { timeZone: 'UTC' }).body.join(' ');
    for (const topic of ['insulation', 'heat pump', 'rooftop solar']) expect(body).toContain(`The ${topic} section, paragraph 4`);
    expect(body).not.toMatch(/sponsor section|Shop opening hours|Photo: the council/);

    // A box named like the text box it holds (and a shop note beside it) is not joined: it is above the body.
    const nested = page(
      '<title>Three ways to cut the energy bill</title>',
      `<h1>Three ways to cut the energy bill</h1><div class="builder-text-editor">${widget(part('insulation'))}` +
        `<div class="shop-note"><p>Our shop sells draught excluders, radiator foil and thermostats at fair prices, every day of the week, from our store in the high street.</p></div></div>`,
    );
    expect(parseArticle(nested, { timeZone: 'UTC' }).body.join(' ')).not.toMatch(/draught excluders/);
  });
});

describe('non-articles', () => {
  const code = (html: string): string | null => {
    const r = safeParseArticle(html, { timeZone: 'UTC' });
    return r.success ? null : r.error.code;
  };

  it('refuses challenges, error pages, empty shells and listings with reasons', () => {
    expect(code(page('<title>Attention Required! | Cloudflare</title>', '<p>Please enable cookies.</p>'))).toBe('NOT_AN_ARTICLE');
    expect(code(page('<title>404 Not Found</title>', '<h1>Not Found</h1><p>The requested URL was not found.</p>'))).toBe('NOT_AN_ARTICLE');
    expect(code(page('<script src="/app.js"></script>', '<div id="app"></div>'))).toBe('NOT_AN_ARTICLE');
    const listing = page('<title>Events</title>', Array.from({ length: 15 }, (_, i) => `<div class="card"><a href="/e/${i}"><h3>Event ${i} on the future of the region</h3></a></div>`).join(''));
    const r = safeParseArticle(listing, { timeZone: 'UTC' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.message).toMatch(/parseHeadlines/);
  });

  it('explains a challenge page and an empty shell instead of throwing', () => {
    const challenge = explain(page('<title>Just a moment...</title>', '<p>Checking your browser before accessing the site.</p>'), { timeZone: 'UTC' });
    expect(challenge.article).toBeNull();
    expect(challenge.error?.message).toMatch(/bot-challenge/);
    expect(challenge.blocks.map((b) => [b.claimedBy, b.rule])).toEqual([['outside-body', 'not-an-article']]);
    const shell = explain(page('<script src="/app.js"></script>', '<div id="app"></div>'), { timeZone: 'UTC' });
    expect([shell.error?.code, shell.error?.message, shell.blocks.length]).toEqual(['NOT_AN_ARTICLE', expect.stringMatching(/empty shell/), 0]);
    // parseArticle still throws the same error.
    expect(() => parseArticle(page('<title>Just a moment...</title>', ''), { timeZone: 'UTC' })).toThrow(/bot-challenge/);
  });
});

describe('safety', () => {
  it('keeps javascript: and data: links out of the output', () => {
    const html = page('', `<nav><a href="javascript:alert(1)">Evil</a><a href="data:text/html,x">Data</a><a href="/ok">Fine</a></nav><h1>Title</h1>${paragraphs(3)}`);
    const a = parseArticle(html, { url: 'https://x.example/a', timeZone: 'UTC' });
    const urls = a.navigation.flatMap((m) => m.items.map((i) => i.url));
    expect(urls).toEqual([null, null, 'https://x.example/ok']);
  });

  it('reads JSON-LD with __proto__ keys without polluting objects', () => {
    const html = page('<script type="application/ld+json">{"@type":"Article","headline":"Safe","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}</script>', `<h1>Safe</h1>${paragraphs(3)}`);
    parseArticle(html, { timeZone: 'UTC' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('skips JSON-LD nested past 100 levels with a warning, and reads a deep but sane one', () => {
    const article = (nested: number) =>
      `<script type="application/ld+json">${'['.repeat(nested)}{"@type":"Article","headline":"Deep","author":{"name":"Jane Doe"}}${']'.repeat(nested)}</script>`;
    const deep = parseArticle(page(article(150), `<h1>Deep</h1>${paragraphs(3)}`), { timeZone: 'UTC' });
    expect(deep.warnings.map((w) => [w.code, w.message])).toContainEqual(['INVALID_JSON_LD', 'A JSON-LD script could not be read and was skipped: nested deeper than 100 levels']);
    expect(deep.authors).toEqual([]);
    // Brackets inside strings do not count.
    const sane = parseArticle(page(article(3).replace('"Deep"', '"[[[[Deep"'), `<h1>Deep</h1>${paragraphs(3)}`), { timeZone: 'UTC' });
    expect(sane.warnings.map((w) => w.code)).not.toContain('INVALID_JSON_LD');
    expect(sane.authors.map((a) => a.name)).toEqual(['Jane Doe']);
  });

  it('reads JSON-LD whose strings hold raw tabs and line breaks', () => {
    const ld = '<script type="application/ld+json">{"@type":"Article","author":{"name":"Jane \t \t\n Doe"},"datePublished":"2024-03-01T10:00:00Z"}</script>';
    const a = parseArticle(page(ld, `<h1>Tabs</h1>${paragraphs(3)}`), { timeZone: 'UTC' });
    expect(a.authors.map((x) => x.name)).toEqual(['Jane Doe']);
    expect(a.published).toBe('2024-03-01T10:00:00+00:00');
    expect(a.warnings.map((w) => w.code)).not.toContain('INVALID_JSON_LD');
  });

  it('decodes entities in JSON-LD strings, which script text leaves undecoded', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Polic&iacute;a &amp; Carabineros","author":{"@type":"Person","name":"Redacci&oacute;n Diario P&aacute;gina Siete"},"datePublished":"2022-05-03T23:57:00-04:00"}</script>';
    const a = parseArticle(page(ld, paragraphs(3)), { timeZone: 'UTC' });
    // Not split at the entity's ';' into 'Redacci' and 'oacute'.
    expect(a.authors.map((x) => x.name)).toEqual(['Redacción Diario Página Siete']);
    expect(a.title).toBe('Policía & Carabineros');
  });

  it('escapes HTML and Markdown in toMarkdown', () => {
    const html = page('', `<h1>A &lt;script&gt; *title*</h1><p>Text with &lt;b&gt;tags&lt;/b&gt; and [links](javascript:x) that must stay literal, in a long enough paragraph.</p>${paragraphs(2)}`);
    const md = toMarkdown(parseArticle(html, { timeZone: 'UTC' }));
    expect(md).not.toMatch(/<script>|<b>/);
    expect(md).toContain('\\<script\\> \\*title\\*');
    expect(md).toContain('\\[links\\](javascript:x)');
  });
});

describe('parseHeadlines on HTML', () => {
  it('returns related items with absolute URLs and dates, without duplicates', () => {
    const html = page(
      '<link rel="canonical" href="https://think.example/a/current">',
      `<h1>Current piece title</h1>${paragraphs(3)}<section><h2>Related analysis</h2><ul>
        <li><a href="/a/one">The first related analysis piece</a> <span>3 March 2024</span></li>
        <li><a href="/a/two">The second related analysis piece</a> <span>1 March 2024</span></li>
        <li><a href="https://think.example/a/one">The first related analysis piece</a></li></ul></section>`,
    );
    expect(parseHeadlines(html, { timeZone: 'UTC' })).toEqual([
      { title: 'The first related analysis piece', publishedAt: '2024-03-03', summary: null, url: 'https://think.example/a/one', kind: null, author: null },
      { title: 'The second related analysis piece', publishedAt: '2024-03-01', summary: null, url: 'https://think.example/a/two', kind: null, author: null },
    ]);
  });

  it('reads a listing page of cards with kind, byline and date, skipping navigation', () => {
    const card = (i: number, kind: string, by: string) =>
      `<article class="teaser"><div class="teaser__type">${kind}</div><h3 class="teaser__title"><a href="/analysis/item-${i}">Analysis item ${i} on trade and security</a></h3>` +
      `<div class="teaser__byline">By ${by}</div><div class="teaser__date">March ${i}, 2018</div></article>`;
    const html = page(
      '<title>Example Institute</title>',
      `<nav><ul><li><a href="/topics/trade-and-investment-policy">Trade and investment policy topics</a></li><li><a href="/topics/security-and-defence-policy">Security and defence policy topics</a></li><li><a href="/about">About the institute and its people</a></li></ul></nav>` +
        `<main>${card(1, 'Report', 'Ann Lee')}${card(2, 'Commentary', 'Bo Chen, Cy Diaz')}${card(3, 'Podcast Episode', 'Dee Eve')}${card(1, 'Report', 'Ann Lee')}</main>`,
    );
    const items = parseHeadlines(html, { url: 'https://think.example/', timeZone: 'America/New_York', dateOrder: 'MDY' });
    expect(items).toEqual([
      { title: 'Analysis item 1 on trade and security', publishedAt: '2018-03-01', summary: null, url: 'https://think.example/analysis/item-1', kind: 'Report', author: 'Ann Lee' },
      { title: 'Analysis item 2 on trade and security', publishedAt: '2018-03-02', summary: null, url: 'https://think.example/analysis/item-2', kind: 'Commentary', author: 'Bo Chen, Cy Diaz' },
      { title: 'Analysis item 3 on trade and security', publishedAt: '2018-03-03', summary: null, url: 'https://think.example/analysis/item-3', kind: 'Podcast Episode', author: 'Dee Eve' },
    ]);
    expect(safeParseArticle(html, { timeZone: 'UTC' }).success).toBe(false);
  });

  it('throws ParseError, not something else, for bad options', () => {
    expect(() => parseHeadlines('<p>x</p>', { timeZone: 'Nowhere/Zone' })).toThrow(ParseError);
  });
});
