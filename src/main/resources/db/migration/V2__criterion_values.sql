-- Self-assessed and appraised values of each criterion of one unit's assessment (vn.dxflow.cycle.AssessmentValues).
create table dxflow_criterion_value (
    process_instance_id varchar(64)   not null,
    source              varchar(16)   not null,
    criterion_code      varchar(32)   not null,
    value_json          varchar(4000) not null,
    updated_by          varchar(64)   not null,
    updated_at          timestamp with time zone not null,
    primary key (process_instance_id, source, criterion_code)
);
