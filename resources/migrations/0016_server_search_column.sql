-- Khana schema step 16: search on an office server without reading rows it does not show.
-- The searchable text, in lower case with each Thai sign swapped for a letter pg_trgm counts
-- (see SqlDialect::translateSearchIndex), is a stored column rather than an index expression:
-- the trigram index's candidates are checked against it as they are, and the index the list is
-- ordered by carries it, so that walking the list in its order for the first page of a search
-- reads that index alone (about 0.5 µs a row instead of 3, at 1,000,000 people). It replaces
-- the plain name-order index: paging through the whole list uses this one.
-- SQLite's FTS5 trigram index needs none of this.

${ON_POSTGRES} DROP INDEX person_search;
${ON_POSTGRES} CREATE SEARCH INDEX person_search ON person (name_th, name_en, nickname, phone, member_no);
${ON_POSTGRES} CREATE INDEX person_by_sort_key_searched ON person (sort_key, id) INCLUDE (search_text);
${ON_POSTGRES} DROP INDEX person_by_sort_key;
