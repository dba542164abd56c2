package org.standingoffice.console.web;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffAccount;
import org.standingoffice.accounts.StaffDirectory;
import org.standingoffice.desk.OfficeDirectory;
import org.standingoffice.desk.OfficeSettings;
import org.standingoffice.desk.RoutingRuleView;
import org.standingoffice.telegram.OfficeGroup;
import org.standingoffice.telegram.SetAsideUpdates;
import org.standingoffice.telegram.TelegramOfficeGroups;

/**
 * The administrator's page: accounts, offices with their members and service levels, routing
 * rules, and Telegram updates set aside (poison updates: dismiss, or have them handled again). Accounts and offices are changed in {@link AccountAdminController} and
 * {@link OfficeAdminController}; routing rules here.
 */
@Controller
class AdminController {

    /** One page holds every account of a Standing Office; a national install would page this. */
    private static final int ACCOUNTS = 500;

    /** The newest set-aside updates shown; more than this is a bug to fix, not a list to read. */
    private static final int SET_ASIDE = 50;

    private final StaffDirectory accounts;
    private final OfficeDirectory offices;
    private final ObjectProvider<TelegramOfficeGroups> groups;
    private final SetAsideUpdates setAside;
    private final Flash flash;

    AdminController(
            StaffDirectory accounts,
            OfficeDirectory offices,
            ObjectProvider<TelegramOfficeGroups> groups,
            SetAsideUpdates setAside,
            Flash flash) {
        this.accounts = accounts;
        this.offices = offices;
        this.groups = groups;
        this.setAside = setAside;
        this.flash = flash;
    }

    @GetMapping("/console/admin")
    String admin(Model model) {
        List<StaffAccount> listed = accounts.list(0, ACCOUNTS);
        Map<String, List<StaffAccount>> members =
                listed.stream().filter(account -> account.office() != null).collect(groupingBy(StaffAccount::office));
        model.addAttribute("accounts", listed);
        model.addAttribute("members", members);
        model.addAttribute("offices", offices.offices());
        model.addAttribute("rules", offices.routingRules());
        TelegramOfficeGroups telegram = groups.getIfAvailable();
        model.addAttribute("telegramOn", telegram != null);
        model.addAttribute(
                "groups",
                telegram == null
                        ? Map.of()
                        : telegram.list().stream().collect(toMap(OfficeGroup::officeId, group -> group)));
        model.addAttribute("roles", Role.values());
        model.addAttribute("limits", new Limits());
        model.addAttribute("setAside", setAside.list(SET_ASIDE));
        return "admin";
    }

    @PostMapping("/console/admin/updates/{id}/dismiss")
    String dismissUpdate(@PathVariable long id, RedirectAttributes attributes) {
        setAside.dismiss(id);
        flash.notice(attributes, "console.admin.saved");
        return "redirect:/console/admin#updates";
    }

    @PostMapping("/console/admin/updates/{id}/retry")
    String retryUpdate(@PathVariable long id, RedirectAttributes attributes) {
        setAside.retry(id);
        flash.notice(attributes, "console.admin.updates.retried");
        return "redirect:/console/admin#updates";
    }

    @PostMapping("/console/admin/rules")
    String addRule(
            @RequestParam String office,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String keyword,
            @RequestParam(required = false) String document,
            @RequestParam(defaultValue = "100") int priority,
            RedirectAttributes attributes) {
        try {
            offices.addRoutingRule(new RoutingRuleView(
                    null, office, blankToNull(province), blankToNull(keyword), blankToNull(document), priority));
            flash.notice(attributes, "console.admin.saved");
        } catch (IllegalArgumentException e) {
            flash.problem(attributes, "console.action.refused", e.getMessage());
        }
        return "redirect:/console/admin";
    }

    @PostMapping("/console/admin/rules/{id}/delete")
    String removeRule(@PathVariable long id, RedirectAttributes attributes) {
        offices.removeRoutingRule(id);
        flash.notice(attributes, "console.admin.saved");
        return "redirect:/console/admin";
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The bounds the forms state, so the browser checks them before the directories do. */
    record Limits(int minPassword, int maxName, int maxApprovalHours, int maxAnswerDays, String officeId) {

        Limits() {
            this(
                    StaffDirectory.MIN_PASSWORD,
                    OfficeSettings.MAX_NAME,
                    OfficeSettings.MAX_APPROVAL_HOURS,
                    OfficeSettings.MAX_ANSWER_DAYS,
                    OfficeSettings.ID_PATTERN);
        }
    }
}
