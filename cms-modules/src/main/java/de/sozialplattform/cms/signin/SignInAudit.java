package de.sozialplattform.cms.signin;

import de.sozialplattform.cms.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records sign-ins, failed sign-ins and sign-outs in the audit log: the user name as given, the time, the client
 * address and the way in ({@code form}, {@code oidc}, {@code basic}); never a password. Successful HTTP Basic
 * calls are not recorded: the API authenticates every request, and the log would fill with them; their failures
 * (and refusals by the throttle) are.
 */
@Component
class SignInAudit {

    static final String SIGN_IN = "sign-in";
    static final String SIGN_IN_FAILED = "sign-in-failed";
    static final String SIGN_IN_THROTTLED = "sign-in-throttled";
    static final String SIGN_OUT = "sign-out";

    private static final int MAX_ACTOR = 128;

    private final AuditLog auditLog;
    private final TransactionTemplate transactions;

    SignInAudit(AuditLog auditLog, TransactionTemplate transactions) {
        this.auditLog = auditLog;
        this.transactions = transactions;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        record(event.getAuthentication().getName(), SIGN_IN, method(event.getAuthentication()), null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String name = event.getException() instanceof AccountRefusedException refused ? refused.username() : attempt.getName();
        String action = event.getException() instanceof SignInThrottledException ? SIGN_IN_THROTTLED : SIGN_IN_FAILED;
        String code = SignInFailures.code(event.getException(), "");
        record(name, action, method(attempt), code.isEmpty() ? "credentials" : code);
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        record(event.getAuthentication().getName(), SIGN_OUT, method(event.getAuthentication()), null);
    }

    private void record(String username, String action, String method, String reason) {
        HttpServletRequest request = currentRequest();
        String detail = "method=" + method + (request == null ? "" : " address=" + request.getRemoteAddr())
                + (reason == null ? "" : " reason=" + reason);
        String actor = username == null || username.isEmpty() ? "-"
                : username.length() > MAX_ACTOR ? username.substring(0, MAX_ACTOR) : username;
        transactions.executeWithoutResult(status -> auditLog.record(actor, action, null, null, null, detail));
    }

    /** {@code oidc} for the identity provider; {@code form} on the sign-in and sign-out addresses; else the API's Basic. */
    private static String method(Authentication authentication) {
        if (authentication instanceof OAuth2LoginAuthenticationToken || authentication.getPrincipal() instanceof OidcUser) {
            return "oidc";
        }
        HttpServletRequest request = currentRequest();
        if (request == null) {
            return "basic";
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(SignInPaths.SIGN_IN) || path.startsWith(SignInPaths.SIGN_OUT) ? "form" : "basic";
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web ? web.getRequest() : null;
    }
}
