package org.standingoffice.console.web;

import static org.standingoffice.console.web.AdminController.blankToNull;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.standingoffice.accounts.AccountExists;
import org.standingoffice.accounts.LastAdmin;
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffAccount;
import org.standingoffice.accounts.StaffDirectory;

/**
 * An administrator creates accounts, disables and enables them, changes their role and office,
 * and sets a new password for someone who lost theirs. The audit trail records questions only,
 * so these actions are logged, with the admin who took them.
 *
 * <p>Admins cannot disable themselves or take away their own admin role: a slip would lock them
 * out mid-session, and another admin can always do it. The directory refuses anything that would
 * leave no enabled admin at all.
 */
@Controller
class AccountAdminController {

    private static final Logger log = LoggerFactory.getLogger(AccountAdminController.class);
    private static final String ADMIN_PAGE = "redirect:/console/admin";

    private final StaffDirectory accounts;
    private final Flash flash;

    AccountAdminController(StaffDirectory accounts, Flash flash) {
        this.accounts = accounts;
        this.flash = flash;
    }

    @PostMapping("/console/admin/accounts")
    String create(
            @RequestParam String username,
            @RequestParam String displayName,
            @RequestParam Role role,
            @RequestParam(required = false) String office,
            @RequestParam String password,
            Authentication admin,
            RedirectAttributes attributes) {
        try {
            accounts.create(username, displayName, role, blankToNull(office), password);
            log.info("{} created the account {} ({})", admin.getName(), username, role);
            flash.notice(attributes, "console.admin.created", username);
        } catch (AccountExists | IllegalArgumentException e) {
            flash.problem(attributes, "console.action.refused", e.getMessage());
        }
        return ADMIN_PAGE;
    }

    @PostMapping("/console/admin/accounts/{username}/disable")
    String disable(@PathVariable String username, Authentication admin, RedirectAttributes attributes) {
        if (!exists(username, attributes)) {
            return ADMIN_PAGE;
        }
        if (username.equals(admin.getName())) {
            flash.problem(attributes, "console.admin.notYourself");
            return ADMIN_PAGE;
        }
        try {
            accounts.disable(username);
            log.info("{} disabled the account {}", admin.getName(), username);
            flash.notice(attributes, "console.admin.disabled", username);
        } catch (LastAdmin e) {
            flash.problem(attributes, "console.admin.lastAdmin", username);
        }
        return ADMIN_PAGE;
    }

    @PostMapping("/console/admin/accounts/{username}/enable")
    String enable(@PathVariable String username, Authentication admin, RedirectAttributes attributes) {
        if (exists(username, attributes)) {
            accounts.enable(username);
            log.info("{} enabled the account {}", admin.getName(), username);
            flash.notice(attributes, "console.admin.reenabled", username);
        }
        return ADMIN_PAGE;
    }

    @PostMapping("/console/admin/accounts/{username}/reassign")
    String reassign(
            @PathVariable String username,
            @RequestParam Role role,
            @RequestParam(required = false) String office,
            Authentication admin,
            RedirectAttributes attributes) {
        if (!exists(username, attributes)) {
            return ADMIN_PAGE;
        }
        if (username.equals(admin.getName()) && role != Role.ADMIN) {
            flash.problem(attributes, "console.admin.notYourself");
            return ADMIN_PAGE;
        }
        try {
            StaffAccount account = accounts.reassign(username, role, blankToNull(office));
            log.info(
                    "{} gave the account {} the role {} and the office {}",
                    admin.getName(),
                    username,
                    account.role(),
                    account.office());
            flash.notice(attributes, "console.admin.reassigned", username);
        } catch (LastAdmin e) {
            flash.problem(attributes, "console.admin.lastAdmin", username);
        } catch (IllegalArgumentException e) {
            flash.problem(attributes, "console.action.refused", e.getMessage());
        }
        return ADMIN_PAGE;
    }

    @PostMapping("/console/admin/accounts/{username}/password")
    String resetPassword(
            @PathVariable String username,
            @RequestParam String password,
            Authentication admin,
            RedirectAttributes attributes) {
        if (!exists(username, attributes)) {
            return ADMIN_PAGE;
        }
        try {
            accounts.changePassword(username, password);
            log.info("{} set a new password for the account {}", admin.getName(), username);
            flash.notice(attributes, "console.admin.passwordSet", username);
        } catch (IllegalArgumentException e) {
            flash.problem(
                    attributes,
                    "console.admin.passwordInvalid",
                    StaffDirectory.MIN_PASSWORD,
                    StaffDirectory.MAX_PASSWORD_BYTES);
        }
        return ADMIN_PAGE;
    }

    private boolean exists(String username, RedirectAttributes attributes) {
        if (accounts.find(username).isPresent()) {
            return true;
        }
        flash.problem(attributes, "console.admin.noAccount", username);
        return false;
    }
}
