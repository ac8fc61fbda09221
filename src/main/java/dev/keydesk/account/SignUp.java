package dev.keydesk.account;

import java.util.Locale;

import dev.keydesk.base.i18n.Languages;

/** What a person typed into the sign-up form, and the language the form was shown in (for its mail). */
public record SignUp(String organization, String email, String username, String password,
        String confirmPassword, Locale language) {

    /** A sign-up in English, the default language. */
    public SignUp(String organization, String email, String username, String password, String confirmPassword) {
        this(organization, email, username, password, confirmPassword, Languages.ENGLISH);
    }

    public SignUp {
        language = Languages.supported(language);
    }

    @Override
    public String toString() {
        return "SignUp[" + organization + ", " + username + "]";
    }
}
