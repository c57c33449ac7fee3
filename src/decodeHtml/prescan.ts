/**
 * The HTML standard's "prescan a byte stream to determine its encoding", over the page's first
 * bytes as a lower-cased Latin-1 string: the label of the first `<meta charset>`, or of a
 * `<meta http-equiv="content-type" content="…charset=…">`, that `accept` knows. Comments and the
 * attributes of other tags are stepped over, so `<p title="<meta charset=…>">` is not read.
 * `null` when there is none.
 *
 * @internal
 */
export function prescanMetaCharset(head: string, accept: (label: string) => boolean): string | null {
  // The standard's "get an attribute": a name, then optionally '=' and a quoted or bare value.
  const attribute = /[\t\n\f\r /]*([^\t\n\f\r />][^\t\n\f\r />=]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|(?!["'])([^\t\n\f\r >]*)))?/y;
  const closing = /[\t\n\f\r /]*>/y;
  // The attributes up to the tag's '>'; `end` is -1 when the input ends first, which ends the prescan.
  const attributes = (from: number): { list: [string, string][]; end: number } => {
    const list: [string, string][] = [];
    attribute.lastIndex = from;
    let end = from;
    for (let m = attribute.exec(head); m !== null; m = attribute.exec(head)) {
      list.push([m[1]!, m[2] ?? m[3] ?? m[4] ?? '']);
      end = attribute.lastIndex;
    }
    closing.lastIndex = end;
    return { list, end: closing.test(head) ? end : -1 };
  };

  for (let p = head.indexOf('<'); p >= 0; p = head.indexOf('<', p + 1)) {
    if (head.startsWith('<!--', p)) {
      // The '-->' may share its dashes with '<!--': '<!-->' is a whole comment.
      p = head.indexOf('-->', p + 2);
      if (p < 0) return null;
    } else if (/^<meta[\t\n\f\r /]/.test(head.slice(p, p + 6))) {
      const { list, end } = attributes(p + 6);
      if (end < 0) return null;
      p = end - 1;
      const seen = new Set<string>();
      let gotPragma = false;
      let needPragma: boolean | null = null;
      let charset: string | null = null;
      for (const [name, value] of list) {
        if (seen.has(name)) continue;
        seen.add(name);
        if (name === 'http-equiv') gotPragma ||= value === 'content-type';
        else if (name === 'content' && charset === null) {
          const label = charsetFromContent(value);
          if (label !== null) [charset, needPragma] = [label, true];
        } else if (name === 'charset') [charset, needPragma] = [value, false];
      }
      if (needPragma === null || (needPragma && !gotPragma) || charset === null || !accept(charset)) continue;
      return charset;
    } else if (/^<\/?[a-z]/.test(head.slice(p, p + 3))) {
      const name = /[\t\n\f\r >]/g;
      name.lastIndex = p;
      p = attributes(name.exec(head)?.index ?? head.length).end - 1;
      if (p < 0) return null;
    } else if (/^<[!/?]/.test(head.slice(p, p + 2))) {
      p = head.indexOf('>', p);
      if (p < 0) return null;
    }
  }
  return null;
}

/** The standard's "extract a character encoding from a meta element" for a `content` value. */
function charsetFromContent(content: string): string | null {
  const m = /charset[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|(["']?)([^\t\n\f\r ;]*))/.exec(content);
  if (m === null) return null;
  // An opening quote with no closing one is nothing.
  if (m[3]) return null;
  return m[1] ?? m[2] ?? (m[4] || null);
}
