/**
 * The Lucene index of passages and hybrid retrieval over it: per-language and diacritic-folded
 * lexical search, document-number matching, glossary expansion, in-process embeddings where the
 * model understands the language, fused, de-duplicated, cached, with a calibrated confidence.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.standingoffice.search;
