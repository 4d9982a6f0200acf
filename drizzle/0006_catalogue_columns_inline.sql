-- A service row is a few kilobytes (its standar pelayanan), so PostgreSQL moves its largest values
-- out of line, into TOAST, where reading each costs an extra index lookup. Keep inline what every
-- catalogue page reads for each service: the rank document (scored for every search match) and the
-- name, summary and keywords (read for every entry of a page). The standar pelayanan, read one
-- service at a time, can live out of line. (Existing rows move when next updated.)
ALTER TABLE services ALTER COLUMN rank_vector SET STORAGE MAIN;
--> statement-breakpoint
ALTER TABLE services ALTER COLUMN name SET STORAGE MAIN;
--> statement-breakpoint
ALTER TABLE services ALTER COLUMN summary SET STORAGE MAIN;
--> statement-breakpoint
ALTER TABLE services ALTER COLUMN keywords SET STORAGE MAIN;
