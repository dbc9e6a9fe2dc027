-- Copies of a projection's tables as they stood right after the event at (transaction_id,
-- position), the projection's checkpoint then, for ?at=: the lists at an earlier moment are the
-- latest snapshot at or before it plus a replay, through the projection's own functions, of the
-- events between (ListsAt). The projector takes a snapshot in the transaction of the batch that
-- moves it far enough past the last one (ListSnapshots), so snapshot and checkpoint always agree.
-- tables maps each of the projection's table names to its rows as a JSON array (jsonb_agg of the
-- rows, so jsonb_populate_recordset restores them column by column); row_count is their sum,
-- which sets how far apart snapshots are taken. A reset of the projection deletes its snapshots.
CREATE TABLE list_snapshots (
  projection     text   NOT NULL,
  transaction_id xid8   NOT NULL,
  position       bigint NOT NULL,
  row_count      bigint NOT NULL,
  tables         jsonb  NOT NULL,
  PRIMARY KEY (projection, transaction_id, position)
);
