package de.sozialplattform.cms.delivery;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.access.ContentAccess;
import de.sozialplattform.cms.access.ContentAction;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /.rest/preview/v1/tokens}: an editor or reviewer gets a short-lived token; sent as {@code X-Preview-Token}
 * (or {@code previewToken}), the Delivery API answers with working copies instead of the published state.
 */
@RestController
class PreviewController {

    private final PreviewTokens tokens;
    private final ContentAccess access;

    PreviewController(PreviewTokens tokens, ContentAccess access) {
        this.tokens = tokens;
        this.access = access;
    }

    @PostMapping("/.rest/preview/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    PreviewTokens.Issued issue(Caller caller) {
        // A token shows every working copy of every workspace, so only roles that read all content get one.
        access.check(caller, ContentAction.PREVIEW, null, null);
        return tokens.issue(caller.username());
    }
}
