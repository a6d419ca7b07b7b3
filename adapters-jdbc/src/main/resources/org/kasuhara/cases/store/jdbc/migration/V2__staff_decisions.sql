-- Kasuhara case store, schema 2: what the counter's staff decide beside the engine. Portable SQL (H2 2.x, PostgreSQL
-- 12+). The engine's assessments are never changed: staff reviews of the verdict and decisions on actions that need
-- human confirmation are appended to their own tables (the latest counts); kh_case keeps the latest review's
-- agreement for the monthly totals and the day and way a case was reported.

ALTER TABLE kh_case ADD COLUMN reported_on DATE;
ALTER TABLE kh_case ADD COLUMN report_method VARCHAR(20);
ALTER TABLE kh_case ADD COLUMN staff_verdict VARCHAR(30);
ALTER TABLE kh_case ADD COLUMN staff_agrees BOOLEAN;
ALTER TABLE kh_case ADD COLUMN review_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE kh_case ADD COLUMN decision_count INTEGER DEFAULT 0 NOT NULL;
CREATE INDEX kh_case_due_id ON kh_case (report_due_by, id);
CREATE INDEX kh_case_verdict ON kh_case (latest_verdict, id);

CREATE TABLE kh_review (
    case_ref       BIGINT        NOT NULL REFERENCES kh_case (id),
    seq_no         INTEGER       NOT NULL,
    assessment_no  INTEGER       NOT NULL,
    engine_verdict VARCHAR(30)   NOT NULL,
    staff_verdict  VARCHAR(30)   NOT NULL,
    reason         VARCHAR(1000) NOT NULL,      -- free text: replaced by the retention purge
    actor          VARCHAR(200)  NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_ref, seq_no)
);

CREATE TABLE kh_action_decision (
    case_ref       BIGINT        NOT NULL REFERENCES kh_case (id),
    seq_no         INTEGER       NOT NULL,
    assessment_no  INTEGER       NOT NULL,
    action_type    VARCHAR(40)   NOT NULL,
    confirmed      BOOLEAN       NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    actor          VARCHAR(200)  NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_ref, seq_no)
);
