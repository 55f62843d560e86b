package de.sozialplattform.cms.accounts;

import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts the AV-Vertrag in force into a page's model, in the page's language where it is translated. */
@Component
class AgreementModel {

    private final Agreements agreements;

    AgreementModel(Agreements agreements) {
        this.agreements = agreements;
    }

    void add(Model model, Locale locale) {
        Agreement agreement = agreements.current();
        model.addAttribute("agreement", agreement);
        model.addAttribute("agreementTitle", agreement.title(locale));
        model.addAttribute("agreementLang", agreement.language(locale));
        model.addAttribute("agreementParagraphs", agreement.paragraphs(locale));
    }
}
