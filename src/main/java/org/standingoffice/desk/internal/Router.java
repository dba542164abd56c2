package org.standingoffice.desk.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.places.UnitNames;

/**
 * Picks the office for a question: the asker's own office when they have one, else the first
 * matching routing rule, else the default office.
 */
@Component
class Router {

    private final RoutingRules rules;
    private final Offices offices;

    Router(RoutingRules rules, Offices offices) {
        this.rules = rules;
        this.offices = offices;
    }

    /** The office a new question goes to, before any document is cited. */
    Office receiving(String askerOffice, String province, String text) {
        return Optional.ofNullable(askerOffice)
                .flatMap(offices::findById)
                .orElseGet(() -> route(province, text, List.of()));
    }

    Office route(String province, String text, Collection<String> citedDocuments) {
        String foldedText = " " + Glossary.fold(text) + " ";
        return rules.findAllByOrderByPriorityAsc().stream()
                .filter(rule -> rule.province() != null || rule.keyword() != null || rule.document() != null)
                .filter(rule -> rule.province() == null || UnitNames.same(rule.province(), province))
                .filter(rule ->
                        rule.keyword() == null || foldedText.contains(" " + Glossary.fold(rule.keyword()) + " "))
                .filter(rule -> rule.document() == null || citedDocuments.contains(rule.document()))
                .findFirst()
                .flatMap(rule -> offices.findById(rule.officeId()))
                .orElseGet(this::defaultOffice);
    }

    Office office(String id) {
        return id == null ? defaultOffice() : offices.findById(id).orElseGet(this::defaultOffice);
    }

    private Office defaultOffice() {
        return offices.findFirstByDefaultOfficeTrue()
                .orElseThrow(() -> new IllegalStateException("no default office is configured"));
    }
}
