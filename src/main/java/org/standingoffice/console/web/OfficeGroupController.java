package org.standingoffice.console.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.standingoffice.telegram.OfficeGroup;
import org.standingoffice.telegram.TelegramOfficeGroups;
import org.standingoffice.telegram.UnreachableGroup;

/**
 * An administrator gives an office its own Telegram staff group (a chat id such as
 * {@code -1001234567890}), or takes it away so that its cards go to the default group again.
 * Telegram is asked whether the bot sees the chat before it is saved; with the channel off there
 * is nothing to ask, and the page says so.
 */
@Controller
class OfficeGroupController {

    private static final Logger log = LoggerFactory.getLogger(OfficeGroupController.class);
    private static final String ADMIN_PAGE = "redirect:/console/admin#offices";

    private final ObjectProvider<TelegramOfficeGroups> groups;
    private final Flash flash;

    OfficeGroupController(ObjectProvider<TelegramOfficeGroups> groups, Flash flash) {
        this.groups = groups;
        this.flash = flash;
    }

    @PostMapping("/console/admin/offices/{id}/telegram-group")
    String set(
            @PathVariable String id,
            @RequestParam(required = false) String chatId,
            Authentication admin,
            RedirectAttributes attributes) {
        TelegramOfficeGroups available = groups.getIfAvailable();
        if (available == null) {
            flash.problem(attributes, "console.admin.group.telegramOff");
            return ADMIN_PAGE;
        }
        String written = chatId == null ? "" : chatId.strip();
        if (written.isEmpty()) {
            available.clear(id);
            log.info("{} removed the Telegram group of office {}", admin.getName(), id);
            flash.notice(attributes, "console.admin.group.cleared", id);
            return ADMIN_PAGE;
        }
        long chat;
        try {
            chat = Long.parseLong(written);
        } catch (NumberFormatException e) {
            flash.problem(attributes, "console.admin.group.notANumber", written);
            return ADMIN_PAGE;
        }
        try {
            OfficeGroup group = available.set(id, chat, admin.getName());
            log.info("{} made chat {} the Telegram group of office {}", admin.getName(), chat, id);
            flash.notice(attributes, "console.admin.group.set", id, group.title() == null ? chat : group.title());
        } catch (UnreachableGroup e) {
            String key = switch (e.reason()) {
                case NOT_VISIBLE -> "console.admin.group.notVisible";
                case NOT_A_GROUP -> "console.admin.group.notAGroup";
                case TAKEN -> "console.admin.group.taken";
                case TELEGRAM_UNAVAILABLE -> "console.admin.group.unavailable";
            };
            flash.problem(attributes, key, Long.toString(chat));
        } catch (IllegalArgumentException e) {
            flash.problem(attributes, "console.admin.noOffice", id);
        }
        return ADMIN_PAGE;
    }
}
