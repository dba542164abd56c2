package org.standingoffice.console.web;

import static org.standingoffice.console.web.AdminController.blankToNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.standingoffice.desk.OfficeDirectory;
import org.standingoffice.places.AdministrativeUnits;
import org.standingoffice.places.UnknownPlace;
import org.standingoffice.telegram.NewInvite;
import org.standingoffice.telegram.TelegramInvite;
import org.standingoffice.telegram.TelegramInvites;
import org.standingoffice.telegram.TelegramProperties;

/**
 * Telegram invitation links, as the REST API offers them: an administrator creates one for a
 * commune and province (and optionally an office), copies its link to the officials there, and
 * revokes it when it leaked or is no longer needed. {@link TelegramInvites} checks every value.
 */
@Controller
class InviteAdminController {

    private static final Logger log = LoggerFactory.getLogger(InviteAdminController.class);
    private static final String INVITES_PAGE = "redirect:/console/admin/invites";

    /** The newest invitations; older ones are still in the API's pages. */
    private static final int SHOWN = 100;

    private final TelegramInvites invites;
    private final OfficeDirectory offices;
    private final AdministrativeUnits units;
    private final TelegramProperties telegram;
    private final Flash flash;
    private final Clock clock;

    InviteAdminController(
            TelegramInvites invites,
            OfficeDirectory offices,
            AdministrativeUnits units,
            TelegramProperties telegram,
            Flash flash,
            Clock clock) {
        this.invites = invites;
        this.offices = offices;
        this.units = units;
        this.telegram = telegram;
        this.flash = flash;
        this.clock = clock;
    }

    /**
     * What the invitation form sends; numbers as {@code Integer}, for the reason given at
     * {@link OfficeAdminController.OfficeForm}.
     */
    record InviteForm(String office, String commune, String province, Integer maxUses, Integer validDays) {}

    /** An invitation and the name of its state in the messages: {@code console.admin.invite.<state>}. */
    record InviteRow(TelegramInvite invite, String state) {}

    @GetMapping("/console/admin/invites")
    String list(Model model) {
        Instant now = clock.instant();
        model.addAttribute(
                "invites",
                invites.list(0, SHOWN).stream()
                        .map(invite -> new InviteRow(invite, state(invite, now)))
                        .toList());
        model.addAttribute("offices", offices.offices());
        model.addAttribute("provinces", units.provinces());
        model.addAttribute("defaultDays", telegram.inviteValidity().toDays());
        model.addAttribute("maxUses", NewInvite.MAX_USES);
        model.addAttribute("maxDays", NewInvite.MAX_VALID_DAYS);
        return "invites";
    }

    @PostMapping("/console/admin/invites")
    String create(
            @ModelAttribute InviteForm form,
            BindingResult binding,
            Authentication admin,
            RedirectAttributes attributes) {
        if (binding.hasErrors() || form.maxUses() == null) {
            refuse(attributes);
            return INVITES_PAGE;
        }
        try {
            TelegramInvite invite = invites.create(new NewInvite(
                    blankToNull(form.office()),
                    form.commune(),
                    form.province(),
                    form.maxUses(),
                    form.validDays() == null ? null : Duration.ofDays(form.validDays()),
                    admin.getName()));
            log.info("{} created an invitation for {}, {}", admin.getName(), invite.commune(), invite.province());
            flash.notice(
                    attributes, "console.admin.inviteCreated", invite.link() == null ? invite.code() : invite.link());
        } catch (UnknownPlace e) {
            String suggestion = e.candidates().isEmpty()
                    ? ""
                    : " " + flash.message("console.admin.didYouMean", String.join(", ", e.candidates()));
            flash.problem(attributes, "console.admin.unknownPlace", form.commune(), form.province(), suggestion);
        } catch (IllegalArgumentException e) {
            refuse(attributes);
        }
        return INVITES_PAGE;
    }

    @PostMapping("/console/admin/invites/{code}/revoke")
    String revoke(@PathVariable String code, Authentication admin, RedirectAttributes attributes) {
        if (invites.find(code).isEmpty()) {
            flash.problem(attributes, "console.admin.noInvite");
            return INVITES_PAGE;
        }
        invites.revoke(code);
        log.info("{} revoked an invitation", admin.getName());
        flash.notice(attributes, "console.admin.inviteRevoked");
        return INVITES_PAGE;
    }

    private static String state(TelegramInvite invite, Instant now) {
        if (invite.revoked()) {
            return "revoked";
        }
        if (invite.uses() >= invite.maxUses()) {
            return "usedUp";
        }
        return now.isBefore(invite.expiresAt()) ? "usable" : "expired";
    }

    private void refuse(RedirectAttributes attributes) {
        flash.problem(attributes, "console.admin.inviteInvalid", NewInvite.MAX_USES, NewInvite.MAX_VALID_DAYS);
    }
}
