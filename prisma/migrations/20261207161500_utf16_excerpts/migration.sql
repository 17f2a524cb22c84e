-- Excerpts are spans of JavaScript string indices (UTF-16 code units); PostgreSQL indexes characters.
-- The two differ only past a character outside the Basic Multilingual Plane (two code units, one
-- character). A source's "astral_free" says whether its text has none, so that the API's read path
-- slices most excerpts with one substr, and walks only the texts that need it.
ALTER TABLE "source" ADD COLUMN "astral_free" BOOLEAN GENERATED ALWAYS AS ("text" !~ '[\U00010000-\U0010FFFF]') STORED;

-- The text at [start, end) in UTF-16 code units, as JavaScript's String#slice gives it.
CREATE FUNCTION "utf16_slice"("whole" TEXT, "start" INTEGER, "end" INTEGER, "astral_free" BOOLEAN) RETURNS TEXT
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  first_char INTEGER := "start";
  end_char INTEGER := "end";
  found INTEGER := 0;
  at INTEGER := 1;
  unit INTEGER;
BEGIN
  IF NOT "astral_free" THEN
    LOOP
      at := regexp_instr("whole", '[\U00010000-\U0010FFFF]', at);
      EXIT WHEN at = 0;
      -- The UTF-16 index of the character at `at`, after the `found` two-unit characters before it.
      unit := at - 1 + found;
      EXIT WHEN unit >= "end";
      IF unit < "start" THEN
        first_char := first_char - 1;
      END IF;
      end_char := end_char - 1;
      found := found + 1;
      at := at + 1;
    END LOOP;
  END IF;
  RETURN substr("whole", first_char + 1, end_char - first_char);
END $$;
