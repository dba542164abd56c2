/**
 * The Lucene index of passages and retrieval over it: per-language and diacritic-folded lexical
 * search, document-number matching, glossary expansion, de-duplicated across renderings, cached,
 * with a calibrated confidence.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.standingoffice.search;
