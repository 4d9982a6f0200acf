-- Catalogue search needs two contrib extensions: unaccent (so "Café" matches "cafe") and pg_trgm
-- (trigram similarity, to correct typos). Both are trusted extensions: a database owner may create them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could be changed), so it cannot appear in a generated
-- column or an index. This wrapper names the dictionary explicitly and is declared IMMUTABLE: the
-- usual PostgreSQL pattern. Changing the unaccent rules would mean recomputing search_vector.
CREATE OR REPLACE FUNCTION palapa_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
