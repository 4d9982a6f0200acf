CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL,
	"documents" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, palapa_unaccent(coalesce(name->>'id', '') || ' ' || coalesce(name->>'en', ''))), 'A') || setweight(to_tsvector('simple'::regconfig, palapa_unaccent(keywords::text)), 'B') || setweight(to_tsvector('simple'::regconfig, palapa_unaccent(coalesce(summary->>'id', '') || ' ' || coalesce(summary->>'en', ''))), 'C') || setweight(to_tsvector('simple'::regconfig, palapa_unaccent(coalesce(description->>'id', '') || ' ' || coalesce(description->>'en', ''))), 'D')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "rank_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, palapa_unaccent(coalesce(name->>'id', '') || ' ' || coalesce(name->>'en', ''))), 'A') || setweight(to_tsvector('simple'::regconfig, palapa_unaccent(keywords::text)), 'B') || setweight(to_tsvector('simple'::regconfig, palapa_unaccent(coalesce(summary->>'id', '') || ' ' || coalesce(summary->>'en', ''))), 'C')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "search_words_word_trigram_index" ON "search_words" USING gist ("word" gist_trgm_ops);--> statement-breakpoint
CREATE INDEX "services_search_vector_index" ON "services" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "services_browse_order_index" ON "services" USING btree ("category_slug",("name"->>'id'),"slug") WHERE "services"."enabled";