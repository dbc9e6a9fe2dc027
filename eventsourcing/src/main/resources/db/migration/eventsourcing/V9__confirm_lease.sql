-- confirm_lease: the fence of every processor transaction (see V4), as a statement that raises, so
-- that the writing transaction can send it and its COMMIT together, in one round trip. It locks
-- the processor's lease row (FOR SHARE: a takeover, which updates the row, then waits for this
-- transaction to end) and raises SQLSTATE ES410 with the current token as DETAIL (0 when the row
-- is gone) unless p_token is still current. The error aborts the transaction, so the COMMIT sent
-- after it in the same round trip is never run: a transaction whose lease moved on commits nothing.
CREATE FUNCTION confirm_lease(p_processor text, p_token bigint) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  current_token bigint;
BEGIN
  SELECT token INTO current_token FROM processor_leases WHERE processor = p_processor FOR SHARE;
  IF current_token IS DISTINCT FROM p_token THEN
    RAISE EXCEPTION 'lease of % moved from token % to %', p_processor, p_token, coalesce(current_token, 0)
      USING ERRCODE = 'ES410', DETAIL = coalesce(current_token, 0)::text;
  END IF;
END
$$;
