-- The report jobs' lease rows become every scheduled job's: the reminder planner takes its turn with a lease row
-- instead of GET_LOCK, which is local to one node under Galera (two instances on two nodes would both plan) and
-- errored on some 10.6/10.11 releases. A lease has an owner and an expiry: a crashed instance's lease runs out.
RENAME TABLE report_job_lease TO job_lease;
INSERT INTO job_lease (name, holder, lease_until) VALUES ('reminders', NULL, '2000-01-01 00:00:00');
