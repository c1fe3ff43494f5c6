-- Trigram matching powers typo-tolerant search; unaccent folds Latin diacritics.
-- (btree_gin is deliberately absent: together with pg_trgm it breaks queries on PGlite 0.5.)
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
