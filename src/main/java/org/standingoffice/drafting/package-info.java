/**
 * Turns retrieved passages into a cited draft answer and decides whether the documents answer
 * the question or a person must.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Drafting")
package org.standingoffice.drafting;
