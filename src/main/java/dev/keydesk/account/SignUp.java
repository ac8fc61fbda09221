package dev.keydesk.account;

/** What a person typed into the sign-up form. */
public record SignUp(String organization, String email, String username, String password,
        String confirmPassword) {

    @Override
    public String toString() {
        return "SignUp[" + organization + ", " + username + "]";
    }
}
