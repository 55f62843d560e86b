package de.sozialplattform.cms.accounts;

import de.sozialplattform.cms.security.Memberships;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo maintainers ({@code security.UserBootstrap}: beratung-a, beratung-b) are for trying the system out,
 * not for concluding contracts: while they are enabled they are treated as having confirmed the AV-Vertrag in
 * force, so a demo does not start at the confirmation page. Runs after the demo users are created; when demo
 * users are off they are disabled, and this does nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoAgreements implements ApplicationRunner {

    static final List<String> DEMO_MAINTAINERS = List.of("beratung-a", "beratung-b");

    private final Agreements agreements;
    private final AccountStates states;
    private final LocalAccounts accounts;
    private final Memberships memberships;
    private final TransactionTemplate transactions;

    DemoAgreements(Agreements agreements, AccountStates states, LocalAccounts accounts, Memberships memberships,
            TransactionTemplate transactions) {
        this.agreements = agreements;
        this.states = states;
        this.accounts = accounts;
        this.memberships = memberships;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        String version = agreements.current().version();
        transactions.executeWithoutResult(tx -> DEMO_MAINTAINERS.stream()
                .filter(name -> accounts.exists(name) && states.active(name) && !agreements.hasConfirmedCurrent(name))
                .forEach(name -> agreements.confirm(name, version, memberships.of(name))));
    }
}
