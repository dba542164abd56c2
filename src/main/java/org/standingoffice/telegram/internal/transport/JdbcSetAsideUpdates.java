package org.standingoffice.telegram.internal.transport;

import java.util.List;
import org.springframework.stereotype.Component;
import org.standingoffice.telegram.SetAsideUpdate;
import org.standingoffice.telegram.SetAsideUpdates;

/** The set-aside updates of the inbox; a retried one is picked up by the workers' next sweep. */
@Component
class JdbcSetAsideUpdates implements SetAsideUpdates {

    private final Inbox inbox;

    JdbcSetAsideUpdates(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public List<SetAsideUpdate> list(int limit) {
        return inbox.setAside(limit);
    }

    @Override
    public boolean dismiss(long updateId) {
        return inbox.dismiss(updateId);
    }

    @Override
    public boolean retry(long updateId) {
        return inbox.retry(updateId);
    }
}
