-- Khana schema step 11: substring search of Thai names on an office server.
-- pg_trgm counts Thai tone marks and a few other signs (U+0E47–U+0E4C, U+0E4E) as word breaks,
-- so "ก่อน" gave the trigrams of "ก" and "อน" only. The index now holds the searchable text with
-- those signs taken out (khana_search_text): deleting the same characters from a name and from
-- a fragment of it leaves the fragment inside the name, so the index still finds every match,
-- and the search checks each candidate against the whole text, signs included. SQLite's FTS5
-- trigram index needs none of this.

${ON_POSTGRES} DROP INDEX person_search;
${ON_POSTGRES} CREATE SEARCH INDEX person_search ON person (name_th, name_en, nickname, phone, member_no);
