import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { editDistance, prefixEditDistance } from './edit-distance';
import { rowsOf } from './query-rows';

/** At most this many words of a query are searched; a citizen's query is a few words, not a paragraph. */
export const MAX_SEARCH_WORDS = 8;
/** Nearest vocabulary words (by trigram distance) considered as corrections of each typed word. */
const CANDIDATES_PER_WORD = 24;
/** Corrections kept per word, the closest first. */
const MAX_CORRECTIONS = 4;

/**
 * The words of a query as search sees them: Unicode-normalised, lower case, accents removed, split on
 * anything that is not a letter or a digit. SQL metacharacters, quotes and operators simply vanish, so
 * nothing a user types can reach SQL or tsquery syntax. The cache keys searches by these words.
 */
export function searchWords(query: string): string[] {
  return query
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, MAX_SEARCH_WORDS);
}

/** How many typing mistakes a word of this length may carry and still be corrected (as Elasticsearch's AUTO). */
function allowedEdits(length: number): number {
  return length <= 2 ? 0 : length <= 5 ? 1 : 2;
}

interface VocabularyRow extends Record<string, unknown> {
  ord: number;
  typed: string;
  prefixed: boolean;
  candidate: string | null;
}

/**
 * Turns the typed words into a PostgreSQL tsquery. Every word must match (AND). A word that is in the
 * catalogue's vocabulary is searched as typed; the last word also as a prefix, so results follow the
 * user as they type. A word that is not in the vocabulary (a typo) is replaced by its nearest
 * vocabulary words — trigram distance finds candidates through an index, edit distance chooses among
 * them. Returns null when some word matches nothing: the search then has no results.
 */
export async function buildTsquery(db: Database, words: readonly string[]): Promise<string | null> {
  if (words.length === 0) return null;
  const last = words.length - 1;
  // One round trip: each word unaccented as the search documents are, whether it begins some
  // vocabulary word, and its nearest vocabulary words.
  const rows = rowsOf<VocabularyRow>(
    await db.execute(sql`
      with t as materialized (
        select ord, typed, (ord = ${last + 1} and length(typed) >= 2 and exists (
          select 1 from search_words w
          where w.word like replace(replace(replace(typed, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
        )) as prefixed
        from (
          select ord::int as ord, palapa_unaccent(raw) as typed
          from jsonb_array_elements_text(${JSON.stringify(words)}::jsonb) with ordinality as input(raw, ord)
        ) as u
      )
      select t.ord, t.typed, t.prefixed, c.word as candidate
      from t left join lateral (
        select word from search_words order by word <-> t.typed limit ${CANDIDATES_PER_WORD}
      ) as c on true
      order by t.ord`),
  );
  const groups: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const forWord = rows.filter((row) => row.ord === index + 1);
    const typed = forWord[0]?.typed ?? words[index] ?? '';
    const isLast = index === last;
    const alternatives = alternativesFor(typed, forWord, isLast);
    if (alternatives.length === 0) return null;
    groups.push(alternatives.length === 1 ? (alternatives[0] ?? '') : `(${alternatives.join(' | ')})`);
  }
  return groups.join(' & ');
}

function alternativesFor(typed: string, rows: VocabularyRow[], isLast: boolean): string[] {
  const candidates = rows.flatMap((row) => (row.candidate === null ? [] : [row.candidate]));
  if (isLast && rows.some((row) => row.prefixed)) return [`${lexeme(typed)}:*`];
  if (candidates.includes(typed)) return [lexeme(typed)];
  const max = allowedEdits(typed.length);
  if (max === 0) return [];
  const scored = candidates
    .map((word) => ({ word, distance: isLast ? prefixEditDistance(typed, word, max) : editDistance(typed, word, max) }))
    .filter((candidate) => candidate.distance <= max);
  const best = Math.min(...scored.map((candidate) => candidate.distance));
  return scored
    .filter((candidate) => candidate.distance === best)
    .slice(0, MAX_CORRECTIONS)
    .map((candidate) => lexeme(candidate.word));
}

/** A quoted tsquery lexeme: vocabulary words may hold any character (e-mail addresses, URLs). */
function lexeme(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
