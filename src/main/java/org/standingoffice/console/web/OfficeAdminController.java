package org.standingoffice.console.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.standingoffice.desk.OfficeDirectory;
import org.standingoffice.desk.OfficeSettings;

/**
 * An administrator creates offices and edits their name, default role, auto-reply and service
 * levels. The {@link OfficeDirectory} checks the values; a refusal names every rule at once, since
 * the directory says only that one was broken.
 */
@Controller
class OfficeAdminController {

    private static final Logger log = LoggerFactory.getLogger(OfficeAdminController.class);
    private static final String ADMIN_PAGE = "redirect:/console/admin";

    private final OfficeDirectory offices;
    private final Flash flash;

    OfficeAdminController(OfficeDirectory offices, Flash flash) {
        this.offices = offices;
        this.flash = flash;
    }

    /**
     * What the office forms send. Numbers arrive as {@code Integer} so that an empty or non-numeric
     * field is a binding error, answered like any other invalid value rather than with a 400 page;
     * an unticked checkbox sends nothing, hence {@code Boolean}.
     */
    record OfficeForm(
            String id,
            String name,
            Boolean defaultOffice,
            Boolean autoReply,
            Integer approvalHours,
            Integer answerDays) {

        OfficeSettings settings(String officeId) {
            return new OfficeSettings(
                    officeId,
                    name,
                    Boolean.TRUE.equals(defaultOffice),
                    Boolean.TRUE.equals(autoReply),
                    approvalHours,
                    answerDays);
        }
    }

    @PostMapping("/console/admin/offices")
    String create(
            @ModelAttribute OfficeForm form,
            BindingResult binding,
            Authentication admin,
            RedirectAttributes attributes) {
        String id = AdminController.blankToNull(form.id());
        if (id != null
                && offices.offices().stream().anyMatch(office -> office.id().equals(id))) {
            flash.problem(attributes, "console.admin.officeExists", id);
            return ADMIN_PAGE;
        }
        if (save(form, id, binding, admin, attributes)) {
            flash.notice(attributes, "console.admin.officeCreated", id);
        }
        return ADMIN_PAGE;
    }

    @PostMapping("/console/admin/offices/{id}")
    String update(
            @PathVariable String id,
            @ModelAttribute OfficeForm form,
            BindingResult binding,
            Authentication admin,
            RedirectAttributes attributes) {
        if (offices.offices().stream().noneMatch(office -> office.id().equals(id))) {
            flash.problem(attributes, "console.admin.noOffice", id);
            return ADMIN_PAGE;
        }
        if (save(form, id, binding, admin, attributes)) {
            flash.notice(attributes, "console.admin.saved");
        }
        return ADMIN_PAGE;
    }

    private boolean save(
            OfficeForm form, String id, BindingResult binding, Authentication admin, RedirectAttributes attributes) {
        if (!binding.hasErrors() && form.approvalHours() != null && form.answerDays() != null) {
            try {
                OfficeSettings saved = offices.save(form.settings(id));
                log.info(
                        "{} saved the office {}: approval within {} h, answer within {} d, auto-reply {}, default {}",
                        admin.getName(),
                        saved.id(),
                        saved.approvalHours(),
                        saved.answerDays(),
                        saved.autoReply(),
                        saved.defaultOffice());
                return true;
            } catch (IllegalArgumentException e) {
                // refused below, with every rule
            }
        }
        flash.problem(
                attributes,
                "console.admin.officeInvalid",
                OfficeSettings.MAX_NAME,
                OfficeSettings.MAX_APPROVAL_HOURS,
                OfficeSettings.MAX_ANSWER_DAYS);
        return false;
    }
}
