import { zodIssues } from '../../errors/zodIssues.js';
import { invalidOption } from '../../errors/invalidOption.js';
import { ParseError } from '../../errors/ParseError.js';
import type { Warning } from '../../model/schema.js';
import { OutletSchema, type OutletInput, type OutletProfile } from '../schema.js';
import { comparable } from '../../comparable/index.js';
import { lower } from '../../lower/index.js';

/**
 * Which rule chose the outlet, in the order they are tried.
 *
 * @category Outlets
 * @example
 * ```ts
 * const rule: OutletRule = 'dateline-name';
 * ```
 */
export type OutletRule =
  | 'option'
  | 'url-host'
  | 'dateline-name'
  | 'site-name'
  | 'title-name'
  | 'headline-source'
  | 'link-host'
  | 'generic-dateline'
  | 'generic-site-name'
  | 'generic-headline-source'
  | 'unknown';

/** @internal */
export interface OutletSignals {
  option?: string | OutletInput | undefined;
  /** URLs in order of trust: the `url` option, then the page's own source link. */
  urls: (string | null | undefined)[];
  datelineName: string | null;
  /** Names the page gives its publisher: og:site_name, JSON-LD publisher … */
  siteNames?: readonly string[];
  /** Parts of the `<title>`: matched against known outlets only, never used to invent one. */
  titleNames?: readonly string[];
  /** The host most of the page's absolute links point to: a content signal. */
  linkHost?: string | null;
  headlineSource: string | null;
  /** The `timeZone` option, used as the zone of an outlet the registry does not know. */
  timeZone: string | undefined;
}

/** @internal */
export interface ResolvedOutlet {
  profile: OutletProfile;
  rule: OutletRule;
  warnings: Warning[];
}

// An outlet's name as compared: lower case, without a leading 'the'.
function comparableName(name: string): string {
  return comparable(lower(name).replace(/^the\s+/, ''));
}

/** 'Carnegie Endowment for International Peace' → 'carnegie-endowment-for-international-peace'. @internal */
export function slugify(name: string): string {
  const slug = lower(name.normalize('NFKD').replace(/\p{M}/gu, ''))
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'unknown';
}

function hostOf(url: string): string | null {
  try {
    return lower(new URL(url).hostname).replace(/^www\./, '');
  } catch {
    return null;
  }
}

function byHost(registry: readonly OutletProfile[], url: string): OutletProfile | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  return registry.find((p) => p.hosts.some((h) => host === lower(h) || host.endsWith(`.${lower(h)}`)));
}

// Comparable names per profile object; a WeakMap, so nothing outlives its profile.
const namesOf = new WeakMap<OutletProfile, string[]>();

function byName(registry: readonly OutletProfile[], name: string): OutletProfile | undefined {
  const wanted = comparableName(name);
  return registry.find((p) => {
    let names = namesOf.get(p);
    if (!names) {
      names = [p.name, ...p.aliases].map(comparableName);
      namesOf.set(p, names);
    }
    return names.includes(wanted);
  });
}

function generic(name: string, timeZone: string | undefined): { profile: OutletProfile; warnings: Warning[] } {
  const warnings: Warning[] = [];
  if (timeZone === undefined) {
    warnings.push({
      code: 'DEFAULT_TIME_ZONE',
      message: `'${name}' has no built-in profile and no timeZone option was given; times are read as UTC`,
      path: ['outlet'],
    });
  }
  return {
    profile: {
      id: slugify(name),
      name,
      aliases: [],
      hosts: [],
      timeZone: timeZone ?? 'UTC',
      kinds: {},
      boilerplate: [],
      truncation: [],
      navigation: { labels: [] },
      selectors: { exclude: [] },
    },
    warnings,
  };
}

/**
 * Chooses the outlet: the `outlet` option, then the URL's host, then the name in the
 * dateline, then the page's site name, then a known name in its `<title>`, then the name in a
 * headline-list header, then the host most of its links point to, then a generic profile built
 * from whichever name the page gives.
 *
 * @internal
 */
export function resolveOutlet(signals: OutletSignals, registry: readonly OutletProfile[]): ResolvedOutlet {
  const { option } = signals;
  if (typeof option === 'string') {
    const found = registry.find((p) => p.id === option);
    if (!found) {
      const known = registry.map((p) => p.id).join(', ');
      const message = `Unknown outlet id ${JSON.stringify(option)}; known ids: ${known}`;
      throw invalidOption('outlet', message);
    }
    return { profile: found, rule: 'option', warnings: [] };
  }
  if (option !== undefined) {
    const parsed = OutletSchema.safeParse(option);
    if (!parsed.success) {
      const issues = zodIssues(parsed.error.issues, 'INVALID_OPTION', ['outlet']);
      const first = issues[0]!;
      throw new ParseError('INVALID_OPTION', `Invalid outlet profile at ${first.path.join('.')}: ${first.message}`, issues);
    }
    return { profile: parsed.data, rule: 'option', warnings: [] };
  }
  // The signals in lookup order, each tried only when the ones before it found nothing.
  const first = (values: readonly (string | null | undefined)[] = [], find: (value: string) => OutletProfile | undefined) => {
    for (const value of values) {
      const found = value ? find(value) : undefined;
      if (found) return found;
    }
  };
  const host = (url: string) => byHost(registry, url);
  const name = (text: string) => byName(registry, text);
  const known: [OutletRule, () => OutletProfile | undefined][] = [
    ['url-host', () => first(signals.urls, host)],
    ['dateline-name', () => first([signals.datelineName], name)],
    ['site-name', () => first(signals.siteNames, name)],
    ['title-name', () => first(signals.titleNames, name)],
    ['headline-source', () => first([signals.headlineSource], name)],
    ['link-host', () => first([signals.linkHost && `https://${signals.linkHost}/`], host)],
  ];
  for (const [rule, find] of known) {
    const profile = find();
    if (profile) return { profile, rule, warnings: [] };
  }
  // No profile: a generic one named after what the page calls its outlet.
  const named: [OutletRule, string | null | undefined][] = [
    ['generic-dateline', signals.datelineName],
    ['generic-site-name', signals.siteNames?.find((n) => n.length <= 80)],
    ['generic-headline-source', signals.headlineSource],
  ];
  for (const [rule, text] of named) if (text) return { ...generic(text, signals.timeZone), rule };
  const unknown = generic('Unknown outlet', signals.timeZone);
  return {
    profile: { ...unknown.profile, id: 'unknown' },
    rule: 'unknown',
    warnings: [
      { code: 'UNKNOWN_OUTLET', message: 'The page names no outlet and none was given (set the outlet or url option)', path: ['outlet'] },
      ...unknown.warnings,
    ],
  };
}
