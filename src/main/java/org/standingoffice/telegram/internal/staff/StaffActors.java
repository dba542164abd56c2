package org.standingoffice.telegram.internal.staff;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffAccount;
import org.standingoffice.accounts.StaffDirectory;
import org.standingoffice.desk.Actor;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.standingoffice.telegram.internal.Html;
import org.standingoffice.telegram.internal.asker.AskerConversation;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * Who a member of the staff group is at the desk. Linked to a console account, they are that
 * account with its role, so the audit trail, claims and the console's "mine" queue see one person
 * and a manager can take a question from a colleague. Not linked, they act under their Telegram
 * user name (or {@code tg-<id>}) as STAFF. The account is looked up on every action, so disabling
 * it or taking away its staff role takes effect at once.
 */
@Component
@ConditionalOnTelegram
class StaffActors {

    private final JdbcStaffLinks links;
    private final StaffDirectory directory;

    StaffActors(JdbcStaffLinks links, StaffDirectory directory) {
        this.links = links;
        this.directory = directory;
    }

    /** Empty when the user is linked to an account that may not work questions: disabled, or an official's. */
    Optional<Actor> actorOf(User user) {
        Optional<String> linked = links.accountOf(user.getId());
        if (linked.isEmpty()) {
            return Optional.of(unlinked(user));
        }
        return directory
                .find(linked.get())
                .filter(StaffAccount::takesQuestions)
                .map(account -> new Actor(account.username(), account.role(), AskerConversation.CHANNEL));
    }

    /**
     * Who acted, as the group reads it on cards and toasts: the desk's name, except for someone
     * Telegram knows by no user name and who linked no account, whose desk name is {@code tg-<id>}:
     * they are shown by their Telegram name. HTML-escaped.
     */
    static String shownName(User user, Actor actor) {
        boolean nameless = user.getUserName() == null || user.getUserName().isBlank();
        if (!nameless || !actor.name().equals("tg-" + user.getId())) {
            return Html.escape(actor.name());
        }
        String name = user.getFirstName() == null ? "" : user.getFirstName();
        if (user.getLastName() != null && !user.getLastName().isBlank()) {
            name = name + " " + user.getLastName();
        }
        return name.isBlank() ? actor.name() : Html.escape(name.strip());
    }

    private static Actor unlinked(User user) {
        String name = user.getUserName() == null || user.getUserName().isBlank()
                ? "tg-" + user.getId()
                : user.getUserName().toLowerCase(Locale.ROOT);
        return new Actor(name, Role.STAFF, AskerConversation.CHANNEL);
    }
}
