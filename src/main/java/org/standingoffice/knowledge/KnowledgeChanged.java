package org.standingoffice.knowledge;

/**
 * Another instance (or this one) stored or removed a document: an index that follows the
 * knowledge base should compare versions now rather than at its next poll. Published on
 * PostgreSQL, from its {@code NOTIFY}; a hint, never the only way a change is found.
 */
public record KnowledgeChanged() {}
