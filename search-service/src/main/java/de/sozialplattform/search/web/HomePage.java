package de.sozialplattform.search.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page of the citizen web: where the finders begin. */
@Controller
@WebPage
class HomePage {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
