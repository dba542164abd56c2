package org.standingoffice.desk.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Questions extends ListCrudRepository<Question, Long> {

    /**
     * Loads a question under a row lock held until the transaction ends, so concurrent actions
     * on one question (also from other instances sharing the database) run one after the other.
     */
    @Query("select * from question where id = :id for update")
    Optional<Question> lockById(long id);

    List<Question> findByStatus(org.standingoffice.desk.QuestionStatus status);

    @Query("select * from question where due_at is not null and due_at <= :before and breached_at is null"
            + " and status in ('AWAITING_APPROVAL', 'ESCALATED', 'RECEIVED')")
    List<Question> findDueBefore(Instant before);
}
