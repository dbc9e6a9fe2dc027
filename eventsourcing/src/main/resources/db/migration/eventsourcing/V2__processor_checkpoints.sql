-- Where each event processor stands: the last event it handled, in the store's read order
-- (transaction_id, position), as Checkpoint holds it. (0, 0) is before the first event.
--
-- A projector updates its row in the same transaction as its own tables, so the two always agree.
-- The update is a compare-and-set on the previous value ("WHERE transaction_id = ? AND
-- position = ?"): an instance whose idea of the checkpoint is stale changes nothing, rolls back and
-- re-reads, so a batch is applied once even if two instances ever run at the same time.
-- Rows are created by the runner on start with INSERT ... ON CONFLICT DO NOTHING.
CREATE TABLE processor_checkpoints (
  name           text        PRIMARY KEY,
  transaction_id xid8        NOT NULL DEFAULT '0',
  position       bigint      NOT NULL DEFAULT 0,
  updated_at     timestamptz NOT NULL DEFAULT now()
);
