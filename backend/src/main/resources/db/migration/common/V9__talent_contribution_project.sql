-- A ledger entry's project is a real project (issue 15): V4 kept project_id without a foreign key
-- until the projects module landed. Ids that point at no project are cleared first (the project's
-- name as recorded stays in project_name).
UPDATE talent_contribution SET project_id = NULL
 WHERE project_id IS NOT NULL AND project_id NOT IN (SELECT id FROM project);
ALTER TABLE talent_contribution ADD CONSTRAINT fk_talent_contribution_project FOREIGN KEY (project_id) REFERENCES project (id);
