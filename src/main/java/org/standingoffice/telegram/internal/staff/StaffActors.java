package org.standingoffice.telegram.internal.staff;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffAccount;
import org.standingoffice.accounts.StaffDirectory;
import org.standingoffice.desk.Actor;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.standingoffice.telegram.internal.Html;
import org.standingoffice.telegram.internal.JdbcTelegramNames;
import org.standingoffice.telegram.internal.asker.AskerConversation;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * Who a member of the staff group is at the desk. Linked to a console account, they are that
 * account with its role, so the audit trail, claims and the console's "mine" queue see one person
 * and a manager can take a question from a colleague. Not linked, they act under their Telegram
 * user name (or {@code tg-<id>}, whose Telegram name is kept for the console to show) as STAFF. The account is looked up on every action, so disabling
 * it or taking away its staff role takes effect at once.
 */
@Component
@ConditionalOnTelegram
class StaffActors {

    private final JdbcStaffLinks links;
    private final StaffDirectory directory;
    private final JdbcTelegramNames names;
    private final Clock clock;

    StaffActors(JdbcStaffLinks links, StaffDirectory directory, JdbcTelegramNames names, Clock clock) {
        this.links = links;
        this.directory = directory;
        this.names = names;
        this.clock = clock;
    }

    /** Empty when the user is linked to an account that may not work questions: disabled, or an official's. */
    Optional<Actor> actorOf(User user) {
        Optional<String> linked = links.accountOf(user.getId());
        if (linked.isEmpty()) {
            Actor actor = unlinked(user);
            if (actor.name().equals(JdbcTelegramNames.namelessStaff(user.getId()))) {
                names.rememberStaff(user.getId(), telegramName(user), clock.instant());
            }
            return Optional.of(actor);
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
        if (!nameless || !actor.name().equals(JdbcTelegramNames.namelessStaff(user.getId()))) {
            return Html.escape(actor.name());
        }
        String name = telegramName(user);
        return name.isBlank() ? actor.name() : Html.escape(name);
    }

    /** First and last name as Telegram gives them; possibly empty. */
    private static String telegramName(User user) {
        String name = user.getFirstName() == null ? "" : user.getFirstName();
        if (user.getLastName() != null && !user.getLastName().isBlank()) {
            name = name + " " + user.getLastName();
        }
        return name.strip();
    }

    private static Actor unlinked(User user) {
        String name = user.getUserName() == null || user.getUserName().isBlank()
                ? JdbcTelegramNames.namelessStaff(user.getId())
                : user.getUserName().toLowerCase(Locale.ROOT);
        return new Actor(name, Role.STAFF, AskerConversation.CHANNEL);
    }
}
