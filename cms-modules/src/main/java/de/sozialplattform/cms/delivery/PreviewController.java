package de.sozialplattform.cms.delivery;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /.rest/preview/v1/tokens}: an editor gets a short-lived token; sent as {@code X-Preview-Token}
 * (or {@code previewToken}), the Delivery API answers with working copies instead of the published state.
 */
@RestController
class PreviewController {

    private final PreviewTokens tokens;

    PreviewController(PreviewTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/.rest/preview/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    PreviewTokens.Issued issue(Principal principal) {
        return tokens.issue(principal.getName());
    }
}
