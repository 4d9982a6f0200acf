-- search_words is the catalogue's vocabulary, counted per service. Statement-level triggers with
-- transition tables keep it in step with services in the writer's own transaction, so a bulk
-- insert of thousands of services costs one grouped upsert, not one per row.
CREATE OR REPLACE FUNCTION search_words_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    -- Most updates (enabled, active version) leave the search document as it was: skip those.
    WITH gone AS (
      SELECT word, count(*)::int AS n
      FROM old_services o JOIN new_services n USING (id), unnest(tsvector_to_array(o.search_vector)) AS word
      WHERE o.search_vector <> n.search_vector
      GROUP BY word
    )
    UPDATE search_words w SET documents = w.documents - gone.n FROM gone WHERE w.word = gone.word;
    INSERT INTO search_words (word, documents)
      SELECT word, count(*)::int
      FROM new_services n JOIN old_services o USING (id), unnest(tsvector_to_array(n.search_vector)) AS word
      WHERE o.search_vector <> n.search_vector
      GROUP BY word ORDER BY word
      ON CONFLICT (word) DO UPDATE SET documents = search_words.documents + excluded.documents;
    DELETE FROM search_words w
      USING old_services o, unnest(tsvector_to_array(o.search_vector)) AS t(word)
      WHERE w.word = t.word AND w.documents <= 0;
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO search_words (word, documents)
      SELECT word, count(*)::int FROM new_services, unnest(tsvector_to_array(search_vector)) AS word
      GROUP BY word ORDER BY word
      ON CONFLICT (word) DO UPDATE SET documents = search_words.documents + excluded.documents;
  ELSIF TG_OP = 'DELETE' THEN
    WITH gone AS (
      SELECT word, count(*)::int AS n FROM old_services, unnest(tsvector_to_array(search_vector)) AS word GROUP BY word
    )
    UPDATE search_words w SET documents = w.documents - gone.n FROM gone WHERE w.word = gone.word;
    DELETE FROM search_words w
      USING old_services o, unnest(tsvector_to_array(o.search_vector)) AS t(word)
      WHERE w.word = t.word AND w.documents <= 0;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER services_search_words_insert AFTER INSERT ON services
  REFERENCING NEW TABLE AS new_services FOR EACH STATEMENT EXECUTE FUNCTION search_words_sync();
--> statement-breakpoint
CREATE TRIGGER services_search_words_update AFTER UPDATE ON services
  REFERENCING OLD TABLE AS old_services NEW TABLE AS new_services FOR EACH STATEMENT EXECUTE FUNCTION search_words_sync();
--> statement-breakpoint
CREATE TRIGGER services_search_words_delete AFTER DELETE ON services
  REFERENCING OLD TABLE AS old_services FOR EACH STATEMENT EXECUTE FUNCTION search_words_sync();
--> statement-breakpoint
INSERT INTO search_words (word, documents)
  SELECT word, count(*)::int FROM services, unnest(tsvector_to_array(search_vector)) AS word GROUP BY word
  ON CONFLICT (word) DO NOTHING;
