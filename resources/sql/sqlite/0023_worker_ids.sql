-- Grid workers' ID numbers (issue 10): lists read a masked copy (resident_id_masked, computed from
-- resident_id as Masking::residentId() masks it: 3301**********1234); the number itself is read only
-- for an audited reveal. On SQLite the program keeps to this (WorkerRepository reads the masked
-- column, WorkerService::reveal() checks the permission and writes the audit row); on PostgreSQL
-- the server does (migration of the same number).

ALTER TABLE workers ADD COLUMN resident_id_masked TEXT GENERATED ALWAYS AS (
    CASE WHEN length(resident_id) = 18 THEN substr(resident_id, 1, 4) || '**********' || substr(resident_id, 15, 4)
         WHEN length(resident_id) <= 4 THEN substr('****', 1, length(resident_id))
         ELSE substr('******************', 1, length(resident_id) - 4) || substr(resident_id, -4) END
) VIRTUAL;
