package org.standingoffice.desk.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.standingoffice.desk.OfficeDirectory;
import org.standingoffice.desk.OfficeSettings;
import org.standingoffice.desk.RoutingRuleView;

@Service
@Transactional
class JdbcOfficeDirectory implements OfficeDirectory {

    private final Offices offices;
    private final RoutingRules rules;
    private final JdbcClient jdbc;

    JdbcOfficeDirectory(Offices offices, RoutingRules rules, JdbcClient jdbc) {
        this.offices = offices;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OfficeSettings> offices() {
        return offices.findAll().stream().map(JdbcOfficeDirectory::settings).toList();
    }

    @Override
    public OfficeSettings save(OfficeSettings office) {
        if (office.id() == null || office.name() == null || office.name().isBlank()) {
            throw new IllegalArgumentException("an office needs an id and a name");
        }
        if (office.name().strip().length() > OfficeSettings.MAX_NAME) {
            throw new IllegalArgumentException("an office name has at most " + OfficeSettings.MAX_NAME + " characters");
        }
        if (office.approvalHours() < 1
                || office.approvalHours() > OfficeSettings.MAX_APPROVAL_HOURS
                || office.answerDays() < 1
                || office.answerDays() > OfficeSettings.MAX_ANSWER_DAYS) {
            throw new IllegalArgumentException("service levels must be 1 to " + OfficeSettings.MAX_APPROVAL_HOURS
                    + " hours and 1 to " + OfficeSettings.MAX_ANSWER_DAYS + " days");
        }
        Optional<Office> existing = offices.findById(office.id());
        // Only new ids must match: an office created before the rule keeps working under its id.
        if (existing.isEmpty() && !office.id().matches(OfficeSettings.ID_PATTERN)) {
            throw new IllegalArgumentException("an office id must match " + OfficeSettings.ID_PATTERN);
        }
        if (existing.map(Office::defaultOffice).orElse(false) && !office.defaultOffice()) {
            throw new IllegalArgumentException("make another office the default one instead");
        }
        if (office.defaultOffice()) {
            jdbc.sql("update office set is_default = false where id <> ?")
                    .param(office.id())
                    .update();
        }
        String sql = existing.isPresent()
                ? "update office set name = ?, is_default = ?, auto_reply = ?, approval_hours = ?, answer_days = ?"
                        + " where id = ?"
                : "insert into office (name, is_default, auto_reply, approval_hours, answer_days, id)"
                        + " values (?, ?, ?, ?, ?, ?)";
        jdbc.sql(sql)
                .params(
                        office.name().strip(),
                        office.defaultOffice(),
                        office.autoReply(),
                        office.approvalHours(),
                        office.answerDays(),
                        office.id())
                .update();
        return office;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoutingRuleView> routingRules() {
        return rules.findAllByOrderByPriorityAsc().stream()
                .map(rule -> new RoutingRuleView(
                        rule.id(), rule.officeId(), rule.province(), rule.keyword(), rule.document(), rule.priority()))
                .toList();
    }

    @Override
    public RoutingRuleView addRoutingRule(RoutingRuleView rule) {
        if (rule.office() == null || !offices.existsById(rule.office())) {
            throw new IllegalArgumentException("no office " + rule.office());
        }
        if (blank(rule.province()) && blank(rule.keyword()) && blank(rule.document())) {
            throw new IllegalArgumentException("a routing rule needs a province, a keyword or a document");
        }
        RoutingRule saved = rules.save(new RoutingRule(
                null,
                rule.office(),
                emptyToNull(rule.province()),
                emptyToNull(rule.keyword()),
                emptyToNull(rule.document()),
                rule.priority()));
        return new RoutingRuleView(
                saved.id(), saved.officeId(), saved.province(), saved.keyword(), saved.document(), saved.priority());
    }

    @Override
    public void removeRoutingRule(long id) {
        rules.deleteById(id);
    }

    private static OfficeSettings settings(Office office) {
        return new OfficeSettings(
                office.id(),
                office.name(),
                office.defaultOffice(),
                office.autoReply(),
                office.approvalHours(),
                office.answerDays());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String emptyToNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
