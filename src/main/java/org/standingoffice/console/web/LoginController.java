package org.standingoffice.console.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in page and the page shown to those who may not see a console page. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @RequestMapping("/denied")
    String denied(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "denied";
    }

    @GetMapping({"/", "/console"})
    String home() {
        return "redirect:/console/queue/awaiting";
    }
}
