-- Where a search's words are in a statement's text, for the API's compiled reads: the spans
-- ts_headline marked (its StartSel chr(1) and StopSel chr(2); the API's text-search.ts), in UTF-16
-- code units as JavaScript indexes the text. As that module reads them: none at all when the text
-- without its marks is not the original (ts_headline reproduces it; should it ever not, no span is
-- better than a wrong one).
CREATE FUNCTION "highlight_spans"("marked" TEXT, "original" TEXT) RETURNS TABLE ("start" INTEGER, "end" INTEGER)
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  plain TEXT := '';
  units INTEGER := 0;
  opened INTEGER := -1;
  starts INTEGER[] := '{}';
  ends INTEGER[] := '{}';
  glyph TEXT;
BEGIN
  FOREACH glyph IN ARRAY regexp_split_to_array("marked", '') LOOP
    IF glyph = chr(1) THEN
      opened := units;
    ELSIF glyph = chr(2) AND opened >= 0 THEN
      starts := starts || opened;
      ends := ends || units;
      opened := -1;
    ELSE
      plain := plain || glyph;
      -- A character outside the Basic Multilingual Plane is two UTF-16 code units.
      units := units + CASE WHEN ascii(glyph) > 65535 THEN 2 ELSE 1 END;
    END IF;
  END LOOP;
  IF plain = "original" THEN
    RETURN QUERY SELECT * FROM unnest(starts, ends);
  END IF;
END $$;
