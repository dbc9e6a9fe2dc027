-- The answers to requests sent with an Idempotency-Key, so that a retry gets the same answer
-- instead of running again. A key's row commits in the transaction that appends its events, so a
-- stored key means stored events and the other way round. Keys are global (there are no
-- accounts to scope them by) and purged after ESTODO_IDEMPOTENCY_TTL.
CREATE TABLE idempotency_keys (
  key text PRIMARY KEY,
  fingerprint text NOT NULL,       -- SHA-256 of the request's method, path and body, in hex
  status integer NOT NULL,
  headers jsonb NOT NULL,          -- the answer's headers that a retry gets again
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
