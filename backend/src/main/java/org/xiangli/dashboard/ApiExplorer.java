package org.xiangli.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /graphiql} opens the explorer built with the dashboard from npm packages: nothing is
 * loaded from a CDN, so it works on networks without internet (政务外网).
 */
@Controller
class ApiExplorer {

    @GetMapping("/graphiql")
    String explorer() {
        return "redirect:/explorer.html";
    }
}
