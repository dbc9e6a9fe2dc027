-- Which instance is active for each processor: a lease with a fencing token, replacing the
-- session advisory locks (which a frozen process or a vanished host kept for ever, or for as long
-- as TCP keepalive took).
--
-- The active instance (owner: a runner's instance id, unique per runner) renews expires_at every
-- lease renewal. A standby takes the lease once expires_at has passed, in one statement (an INSERT
-- for a processor without a row, else an UPDATE ... WHERE expires_at < clock_timestamp()), and
-- each takeover increments token. Every checkpoint write and every event a reactor records runs
-- in a transaction that locks this row (SELECT ... FOR SHARE) and checks the token just before it
-- commits: a takeover waits for that commit, and an instance whose token moved on commits nothing.
-- Giving a lease up sets expires_at to now, so a standby takes over at once.
-- Times are the database's clock (clock_timestamp()), never a host's.
CREATE TABLE processor_leases (
  processor   text        PRIMARY KEY,
  token       bigint      NOT NULL,
  owner       text        NOT NULL,
  owner_host  text        NOT NULL,
  owner_pid   integer     NOT NULL,
  acquired_at timestamptz NOT NULL,
  renewed_at  timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL
);

-- Every runner, active or standing by, upserts a row per processor at each heartbeat. The
-- standbys of a processor are its rows seen within one lease whose instance is not the lease's owner.
CREATE TABLE processor_instances (
  processor text,
  instance  text,
  host      text        NOT NULL,
  pid       integer     NOT NULL,
  seen_at   timestamptz NOT NULL,
  PRIMARY KEY (processor, instance)
);
