/**
 * The document corpus: reads {@code knowledge-base/}, strips page furniture, splits documents into
 * passages along their own structure, extracts deadlines and serves the domain glossary.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge base")
package org.standingoffice.knowledge;
