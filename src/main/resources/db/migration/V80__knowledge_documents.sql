-- The knowledge base of the deployment: every version of every document, as uploaded or imported
-- from an instance's knowledge-base/ folder. Each instance keeps its folder and its Lucene index as
-- a replica of these tables, following knowledge_version.

-- Bumped by every change (a new version, a removal), in the same transaction: the number each
-- instance's index says it has caught up with.
create table knowledge_version (
    id         int    primary key,
    version    bigint not null,
    changed_at timestamp with time zone not null
);
insert into knowledge_version (id, version, changed_at) values (1, 0, current_timestamp);

-- The current state of each document, by its file name in the knowledge base.
create table knowledge_document (
    name              varchar(300) primary key,
    version           int          not null,
    content_hash      varchar(64)  not null,
    removed           boolean      not null default false,
    knowledge_version bigint       not null,
    changed_at        timestamp with time zone not null
);

-- Every version: the original bytes, the metadata sidecar of PDF, DOCX and HTML files, the hash of
-- both (as the index computes it), the metadata read from it, who stored it and when.
create table knowledge_document_version (
    name              varchar(300)  not null,
    version           int           not null,
    content           bytea         not null,
    sidecar           varchar(20000),
    content_hash      varchar(64)   not null,
    number            varchar(200),
    title             varchar(2000),
    language          varchar(20),
    removed           boolean       not null default false,
    stored_by         varchar(100)  not null,
    stored_at         timestamp with time zone not null,
    knowledge_version bigint        not null,
    primary key (name, version)
);
create index knowledge_document_version_hash on knowledge_document_version (name, content_hash);
