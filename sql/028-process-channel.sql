-- 028: the agency's internal process per channel (issue 16, section 1:
-- "internal process per channel with its steps and hours"). A
-- procedure's channels have their own time limits (proc_channel), so one
-- process cannot fit them all: a step may belong to one channel. NULL:
-- the step is part of every channel's process, as every step was before,
-- so the rows already here and import files without channels keep their
-- meaning. A channel's process is its own steps and the common ones, in
-- seq order (domain/catalog_edit.c checks its hours against that
-- channel's time limit before publishing).
--
-- The reference is to the procedure's channel row: a step cannot name a
-- channel the procedure does not offer (the validator says so first, in
-- words), and goes with its channel.
ALTER TABLE proc_process
  ADD COLUMN channel ENUM('in_person', 'online', 'post') NULL AFTER proc_id,
  ADD CONSTRAINT proc_process_channel_fk FOREIGN KEY (proc_id, channel)
    REFERENCES proc_channel (proc_id, channel) ON DELETE CASCADE;
