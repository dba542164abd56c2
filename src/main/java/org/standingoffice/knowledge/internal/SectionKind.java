package org.standingoffice.knowledge.internal;

/** The kinds of numbered divisions a document uses, outermost first within each family. */
enum SectionKind {
    /** "Điều 31." or "Article 5" — the unit of laws and decrees. */
    ARTICLE,
    /** "2." inside an article: a khoản (clause). */
    CLAUSE,
    /** "a)" inside an article or point: a điểm. */
    LETTER,
    /** "4." in a conclusion or notice. */
    POINT,
    /** "(2)" under a point. */
    SUBPOINT,
    /** "(ii)" under a point or sub-point. */
    ITEM,
    /** An unnumbered paragraph, counted. */
    PARAGRAPH
}
