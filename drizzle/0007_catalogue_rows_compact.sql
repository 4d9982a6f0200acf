-- Search scores every match, so the fewer heap pages its matches spread over, the faster it is. A
-- service row holds kilobytes of standar pelayanan that only the service's own page reads: ask
-- PostgreSQL to move those out of line (toast_tuple_target), keeping inline what catalogue pages
-- read for every entry (0006 and the short text columns below). Rows shrink from ~2.9 kB to ~1 kB.
-- Without MAIN, the short columns would be moved out too, and reading them would cost a TOAST lookup.
ALTER TABLE services ALTER COLUMN slug SET STORAGE MAIN;
--> statement-breakpoint
ALTER TABLE services ALTER COLUMN kind SET STORAGE MAIN;
--> statement-breakpoint
ALTER TABLE services ALTER COLUMN category_slug SET STORAGE MAIN;
--> statement-breakpoint
ALTER TABLE services SET (toast_tuple_target = 512);
