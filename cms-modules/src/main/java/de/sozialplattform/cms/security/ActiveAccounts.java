package de.sozialplattform.cms.security;

import de.sozialplattform.cms.signin.SignInPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account that was disabled or deleted since it signed in, on the next request, on every
 * replica: off-boarding must not wait for the session timeout. One indexed read per editorial request, like the
 * memberships. (Changed roles count from the next sign-in.)
 */
class ActiveAccounts extends OncePerRequestFilter {

    private final UserStore users;

    ActiveAccounts(UserStore users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)
                && !users.isActive(signedIn.getName())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + SignInPaths.SIGN_IN + "?fehler=konto-deaktiviert");
            return;
        }
        chain.doFilter(request, response);
    }
}
