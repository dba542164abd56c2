package org.standingoffice.console.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.standingoffice.telegram.TelegramLinkCode;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.TelegramStaffLinks;

/**
 * The signed-in account's own page: whether its Telegram user is linked, and the one-time code
 * that links it. The code travels to the page once, as a flash attribute, and is not kept anywhere
 * else in clear.
 */
@Controller
class AccountController {

    private static final Logger log = LoggerFactory.getLogger(AccountController.class);
    private static final String ACCOUNT_PAGE = "redirect:/console/account";

    private final TelegramStaffLinks links;
    private final TelegramProperties telegram;
    private final Flash flash;

    AccountController(TelegramStaffLinks links, TelegramProperties telegram, Flash flash) {
        this.links = links;
        this.telegram = telegram;
        this.flash = flash;
    }

    @GetMapping("/console/account")
    String account(Authentication authentication, Model model) {
        model.addAttribute("link", links.linkedUser(authentication.getName()).orElse(null));
        model.addAttribute("codeMinutes", telegram.linkCodeValidity().toMinutes());
        return "account";
    }

    @PostMapping("/console/account/telegram/code")
    String issueCode(Authentication authentication, RedirectAttributes attributes) {
        TelegramLinkCode code = links.issueCode(authentication.getName());
        log.info("{} got a code to link a Telegram user", authentication.getName());
        // Strings only: flash attributes live in the session until the next page.
        attributes.addFlashAttribute("code", code.code());
        attributes.addFlashAttribute(
                "bot", code.botUsername() == null ? flash.message("console.account.theBot") : "@" + code.botUsername());
        return ACCOUNT_PAGE;
    }

    @PostMapping("/console/account/telegram/unlink")
    String unlink(Authentication authentication, RedirectAttributes attributes) {
        links.unlink(authentication.getName());
        log.info("{} unlinked their Telegram user", authentication.getName());
        flash.notice(attributes, "console.account.unlinked");
        return ACCOUNT_PAGE;
    }
}
