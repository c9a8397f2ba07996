/**
 * A statement cut for a short place: a card's answer, a timeline entry. (A popup row has the
 * few words of `short` in data/deal.json instead.)
 */
const SHORT_MAX = 110;
/** The first clause (before ";" or ":"), then cut at a word boundary near SHORT_MAX. */
export function shortStatement(text: string): string {
  let short = text.trim();
  const clause = /\s?[;:]\s/g;
  for (let m = clause.exec(short); m; m = clause.exec(short)) {
    if (m.index >= 24) {
      short = short.slice(0, m.index).trim();
      break;
    }
  }
  if (short.length <= SHORT_MAX)
    return short === text.trim() ? text.trim() : short.replace(/[,.]$/, '') + '…';
  const cut = short.lastIndexOf(' ', SHORT_MAX);
  return `${short.slice(0, cut > 40 ? cut : SHORT_MAX).replace(/[,;:]$/, '')}…`;
}
