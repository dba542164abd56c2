package org.standingoffice.desk.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.standingoffice.desk.QuestionFilter;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionPage;
import org.standingoffice.desk.QuestionView;

/** Questions as staff and askers see them: with their latest machine draft and answer. */
@Component
class QuestionViews {

    private final Questions questions;
    private final DraftStore drafts;
    private final JdbcClient jdbc;

    QuestionViews(Questions questions, DraftStore drafts, JdbcClient jdbc) {
        this.questions = questions;
        this.drafts = drafts;
        this.jdbc = jdbc;
    }

    QuestionView of(Question question) {
        return new QuestionView(
                new QuestionId(question.id),
                question.status,
                question.text,
                question.language,
                question.askerName,
                question.commune,
                question.province,
                question.channel,
                question.askerRef,
                question.officeId,
                question.assignee,
                question.confidence,
                drafts.latest(question.id, DraftStore.MACHINE).orElse(null),
                drafts.latest(question.id, DraftStore.FINAL).orElse(null),
                question.similarAnswer,
                question.receivedAt,
                question.dueAt,
                question.answeredAt,
                question.version == null ? 0 : question.version);
    }

    /** One page of the questions matching {@code filter}, newest first. */
    QuestionPage page(QuestionFilter filter, int page, int pageSize) {
        int pageNumber = Math.max(0, page);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.office() != null) {
            where.append(" and office_id = :office");
            params.put("office", filter.office());
        }
        if (filter.channel() != null) {
            where.append(" and channel = :channel");
            params.put("channel", filter.channel());
        }
        if (filter.askerRef() != null) {
            where.append(" and asker_ref = :asker");
            params.put("asker", filter.askerRef());
        }
        long total = jdbc.sql("select count(*) from question" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Long> ids = jdbc.sql("select id from question" + where + " order by id desc offset "
                        + ((long) pageNumber * pageSize) + " rows fetch next " + pageSize + " rows only")
                .params(params)
                .query(Long.class)
                .list();
        List<QuestionView> views = ids.stream()
                .map(questionId -> of(questions.findById(questionId).orElseThrow()))
                .toList();
        return new QuestionPage(views, pageNumber, pageSize, total);
    }
}
