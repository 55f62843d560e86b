package de.sozialplattform.cms.accounts;

import de.sozialplattform.cms.access.Caller;
import de.sozialplattform.cms.security.Roles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs before every handler of the management API and the editorial web, after sign-in:
 * <ul>
 *   <li>an account disabled or deleted since its session began is signed out at once (the API authenticates each
 *   request anyway, so this matters for sessions);</li>
 *   <li>a centre maintainer who has not confirmed the AV-Vertrag in force may not work: the web sends them to the
 *   confirmation page, the API answers 403 problem JSON naming the agreement. Staff (editors, reviewers,
 *   administrators) do not conclude the agreement; their employer does.</li>
 * </ul>
 */
@Component
class AgreementGate implements HandlerInterceptor {

    private final AccountStates states;
    private final Agreements agreements;
    private final JsonMapper json;

    AgreementGate(AccountStates states, Agreements agreements, JsonMapper json) {
        this.states = states;
        this.agreements = agreements;
        this.json = json;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return true;
        }
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/.rest/");
        if (!api && !states.active(authentication.getName())) {
            signOut(request);
            response.sendRedirect(request.getContextPath() + "/anmelden");
            return false;
        }
        if (!maintainerOnly(authentication) || isAgreementPage(request)
                || agreements.hasConfirmedCurrent(authentication.getName())) {
            return true;
        }
        if (api) {
            problem(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + InvitationPaths.AGREEMENT);
        }
        return false;
    }

    private static boolean isAgreementPage(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + InvitationPaths.AGREEMENT);
    }

    private static boolean maintainerOnly(Authentication authentication) {
        return maintainerOnly(authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                .collect(Collectors.toSet()));
    }

    /** Who concludes the agreement: a centre maintainer who is not also staff of the platform. */
    static boolean maintainerOnly(Set<String> roles) {
        return roles.contains(Roles.CENTRE_MAINTAINER) && !roles.contains(Roles.EDITOR)
                && !roles.contains(Roles.REVIEWER) && !roles.contains(Roles.ADMIN);
    }

    static boolean maintainerOnly(Caller caller) {
        return maintainerOnly(caller.roles());
    }

    private static void signOut(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private void problem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Agreement agreement = agreements.current();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Confirm the data processing "
                + "agreement (AV-Vertrag) version " + agreement.version() + " first, in the editorial web at "
                + InvitationPaths.AGREEMENT + ".");
        problem.setType(URI.create("/problems/agreement-required"));
        problem.setTitle("Agreement not confirmed");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("agreement", Agreements.AV_VERTRAG);
        problem.setProperty("version", agreement.version());
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
