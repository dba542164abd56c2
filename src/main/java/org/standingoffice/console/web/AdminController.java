package org.standingoffice.console.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.standingoffice.desk.AccountExists;
import org.standingoffice.desk.OfficeDirectory;
import org.standingoffice.desk.Role;
import org.standingoffice.desk.RoutingRuleView;
import org.standingoffice.desk.StaffDirectory;

/** The administrator's pages: accounts, offices and routing rules. */
@Controller
class AdminController {

    /** One page holds every account of a Standing Office; a national install would page this. */
    private static final int ACCOUNTS = 500;

    private final StaffDirectory accounts;
    private final OfficeDirectory offices;
    private final MessageSource messages;

    AdminController(StaffDirectory accounts, OfficeDirectory offices, MessageSource messages) {
        this.accounts = accounts;
        this.offices = offices;
        this.messages = messages;
    }

    @GetMapping("/console/admin")
    String admin(Model model) {
        model.addAttribute("accounts", accounts.list(0, ACCOUNTS));
        model.addAttribute("offices", offices.offices());
        model.addAttribute("rules", offices.routingRules());
        model.addAttribute("roles", Role.values());
        return "admin";
    }

    @PostMapping("/console/admin/accounts")
    String createAccount(
            @RequestParam String username,
            @RequestParam String displayName,
            @RequestParam Role role,
            @RequestParam(required = false) String office,
            @RequestParam String password,
            RedirectAttributes flash) {
        try {
            accounts.create(username, displayName, role, office == null || office.isBlank() ? null : office, password);
            flash.addFlashAttribute("notice", message("console.admin.created", username));
        } catch (AccountExists | IllegalArgumentException e) {
            flash.addFlashAttribute("problem", message("console.action.refused", e.getMessage()));
        }
        return "redirect:/console/admin";
    }

    @PostMapping("/console/admin/rules")
    String addRule(
            @RequestParam String office,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String keyword,
            @RequestParam(required = false) String document,
            @RequestParam(defaultValue = "100") int priority,
            RedirectAttributes flash) {
        try {
            offices.addRoutingRule(new RoutingRuleView(
                    null, office, blankToNull(province), blankToNull(keyword), blankToNull(document), priority));
            flash.addFlashAttribute("notice", message("console.admin.saved"));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("problem", message("console.action.refused", e.getMessage()));
        }
        return "redirect:/console/admin";
    }

    @PostMapping("/console/admin/rules/{id}/delete")
    String removeRule(@PathVariable long id, RedirectAttributes flash) {
        offices.removeRoutingRule(id);
        flash.addFlashAttribute("notice", message("console.admin.saved"));
        return "redirect:/console/admin";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
